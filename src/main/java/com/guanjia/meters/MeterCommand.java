package com.guanjia.meters;

import com.guanjia.shared.Problems;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * Registers a meter: a unit's own (unitId), a building's public meter (buildingId) or the
 * community's.
 */
@NamedInterface("api")
public record MeterCommand(@Nullable MeterKind kind, @Nullable String code, @Nullable Long unitId,
		@Nullable Long buildingId) {

	public void validate() {
		Problems p = new Problems();
		p.required("kind", kind);
		p.text("code", code, 30);
		p.check(unitId == null || buildingId == null, "buildingId", "meter.unitOrBuilding");
		p.throwIfAny();
	}

}
