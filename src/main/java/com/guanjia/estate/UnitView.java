package com.guanjia.estate;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.guanjia.shared.Retirement;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A unit as other modules and the web layer see it. {@code label} is how staff say it:
 * 3-2-1502. {@code retirement} is set when the unit is out of service (decision 0014).
 */
@NamedInterface("api")
public record UnitView(long id, long communityId, long buildingId, String buildingCode, String entrance, String roomNo,
		String label, UnitKind kind, @Nullable Integer floor, BigDecimal buildingArea, UnitState state,
		@Nullable LocalDate handoverDate, int version, @Nullable Retirement retirement) {

	/** Whether the unit is out of service (decision 0014). */
	public boolean retired() {
		return retirement != null;
	}

	public UnitId unitId() {
		return UnitId.of(communityId, id);
	}

}
