package com.guanjia.platform.web;

import java.util.Locale;

import com.guanjia.shared.ValidationException;

/**
 * The step a page's form posts to ({@code …/steps/force_out}, {@code …/end-water-test}
 * …): the enum constant, any case, dashes for underscores; anything else a 400 naming
 * {@code action}.
 */
public final class Steps {

	private Steps() {
	}

	public static <E extends Enum<E>> E of(Class<E> steps, String action) {
		try {
			return Enum.valueOf(steps, action.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw ValidationException.of("action", "validation.invalid");
		}
	}

}
