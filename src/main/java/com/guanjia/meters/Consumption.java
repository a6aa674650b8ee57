package com.guanjia.meters;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A billable monthly consumption: of a unit's meter (unitId) or a public meter
 * (buildingId or the community).
 */
@NamedInterface("api")
public record Consumption(long meterId, MeterKind kind, @Nullable Long unitId, @Nullable Long buildingId,
		BigDecimal quantity) {

	public boolean isPublic() {
		return unitId == null;
	}

}
