package com.guanjia.carpark;

import com.guanjia.residents.PlateNumber;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

/**
 * What the guard saw on the walk (R1.2): the plate, on which space of the registry
 * (blank: on no numbered space), and a note.
 */
public record ObserveSpace(@Nullable String spaceCode, @Nullable String plate, @Nullable String note) {

	void validate(Problems p) {
		p.optionalText("spaceCode", spaceCode, 20);
		Plates.check(p, "plate", plate);
		p.optionalText("note", note, 200);
	}

	String normalizedPlate() {
		return PlateNumber.normalize(plate);
	}

}
