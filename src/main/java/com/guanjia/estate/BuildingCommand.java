package com.guanjia.estate;

import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

/**
 * A new building: its code as used in unit numbers ("3" in 3-2-1502) and its name ("3栋").
 */
public record BuildingCommand(@Nullable String code, @Nullable String name, @Nullable Integer floors) {

	void validate(Problems p, String prefix) {
		p.text(prefix + "code", code, 20);
		if (code != null && !code.isBlank()) {
			p.check(code.strip().matches("[0-9A-Za-z]+"), prefix + "code", "validation.building.code");
		}
		p.optionalText(prefix + "name", name, 50);
		p.check(floors == null || (floors > 0 && floors <= 200), prefix + "floors", "validation.range", 1, 200);
	}

	String displayName() {
		return name == null || name.isBlank() ? code.strip() : name.strip();
	}

}
