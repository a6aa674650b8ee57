package com.guanjia.carpark;

import java.time.Instant;

import com.guanjia.residents.PlateNumber;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A vehicle at the entry (R12.1, R12.5; seed 001 items 1, 3): its plate, the check for
 * flammable, explosive or toxic goods (易燃、易爆、有毒物品), damage seen and whether the driver
 * was told, the pass handed over (出入证号, optional: the stay's number otherwise), and —
 * only for the shift lead entering the paper register afterwards (补录) — when it happened.
 */
@NamedInterface("api")
public record EnterVehicle(@Nullable String plate, boolean goodsChecked, @Nullable String damageNote,
		boolean damageTold, @Nullable String passNumber, @Nullable Instant at) {

	void validate(Problems p) {
		Plates.check(p, "plate", plate);
		p.check(goodsChecked, "goodsChecked", "carpark.entry.goodsUnchecked");
		p.optionalText("damageNote", damageNote, 200);
		p.check(blank(damageNote) || damageTold, "damageTold", "carpark.entry.damageUntold");
		p.optionalText("passNumber", passNumber, 20);
	}

	String normalizedPlate() {
		return PlateNumber.normalize(plate);
	}

	static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}

	static @Nullable String strip(@Nullable String s) {
		return blank(s) ? null : s.strip();
	}

}
