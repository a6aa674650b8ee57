package com.guanjia.carpark;

import com.guanjia.residents.PlateNumber;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

/** The plate checks every car-park command makes (the registry's rule, R1.3). */
final class Plates {

	private Plates() {
	}

	static void check(Problems p, String field, @Nullable String plate) {
		if (plate == null || plate.isBlank()) {
			p.add(field, "validation.required");
		}
		else {
			p.check(PlateNumber.isValid(PlateNumber.normalize(plate)), field, "validation.plate.format");
		}
	}

}
