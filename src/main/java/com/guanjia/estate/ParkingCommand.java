package com.guanjia.estate;

import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A parking space: its code (e.g. B1-023), zone, state and the unit it belongs to when
 * sold or rented.
 */
@NamedInterface("api")
public record ParkingCommand(@Nullable String code, @Nullable String zone, @Nullable ParkingState state,
		@Nullable Long unitId) {

	void validate() {
		Problems p = new Problems();
		p.text("code", code, 20);
		if (code != null && !code.isBlank()) {
			p.check(code.strip().matches("[0-9A-Za-z-]+"), "code", "validation.code.format");
		}
		p.optionalText("zone", zone, 50).required("state", state);
		p.check(state != ParkingState.VACANT || unitId == null, "unitId", "validation.parking.vacantWithUnit");
		p.throwIfAny();
	}

}
