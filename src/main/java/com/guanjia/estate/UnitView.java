package com.guanjia.estate;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A unit as other modules and the web layer see it. {@code label} is how staff say it:
 * 3-2-1502.
 */
public record UnitView(long id, long communityId, long buildingId, String buildingCode, String entrance, String roomNo,
		String label, UnitKind kind, @Nullable Integer floor, BigDecimal buildingArea, UnitState state,
		@Nullable LocalDate handoverDate, int version) {

	public UnitId unitId() {
		return UnitId.of(communityId, id);
	}

}
