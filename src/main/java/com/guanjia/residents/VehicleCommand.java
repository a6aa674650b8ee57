package com.guanjia.residents;

import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A vehicle of a unit's residents, with its plate (车牌) and, optionally, the resident who
 * drives it.
 */
@NamedInterface("api")
public record VehicleCommand(@Nullable Long unitId, @Nullable Long partyId, @Nullable String plate,
		@Nullable String brand, @Nullable String colour) {

	void validate(Problems p) {
		p.required("unitId", unitId);
		if (PartyCommand.isBlank(plate)) {
			p.add("plate", "validation.required");
		}
		else {
			p.check(PlateNumber.isValid(normalizedPlate()), "plate", "validation.plate.format");
		}
		p.optionalText("brand", brand, 50).optionalText("colour", colour, 20);
	}

	String normalizedPlate() {
		return PlateNumber.normalize(plate);
	}

}
