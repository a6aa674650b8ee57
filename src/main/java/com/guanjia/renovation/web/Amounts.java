package com.guanjia.renovation.web;

import java.math.BigDecimal;

import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Amounts typed in a form: empty means none, anything else a decimal or a 400 naming the
 * field.
 */
final class Amounts {

	private Amounts() {
	}

	static @Nullable BigDecimal parse(String field, @Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(typed.strip().replace(",", "").replace("，", ""));
		}
		catch (NumberFormatException ex) {
			throw ValidationException.of(field, "renovation.money");
		}
	}

}
