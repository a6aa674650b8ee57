package com.guanjia.residents;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A vehicle registered now, as the car park may see it (issue 14, R12.1, R1.2): its
 * plate, the unit it parks for, what the guard recognises it by, and the driver's name
 * masked ({@code Masking.name}: the guard asks the surname, seed 001 item 5); never a
 * phone or an ID number.
 */
@NamedInterface("api")
public record RegisteredVehicle(String plate, long unitId, String unitLabel, @Nullable String brand,
		@Nullable String colour, @Nullable String driver) {

	/** What the exit page shows beside the plate: 1-101 陈** 比亚迪 白. */
	public String describe() {
		return unitLabel + (driver == null ? "" : " " + driver) + (brand == null ? "" : " " + brand)
				+ (colour == null ? "" : " " + colour);
	}

}
