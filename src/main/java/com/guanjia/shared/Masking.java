package com.guanjia.shared;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How personal data is shown (R1.3): masked in every list, whole only to a viewer whose
 * role needs it. The one masking rule of the product; a value that is not a valid number
 * (legacy data) is still masked, never shown whole.
 */
public final class Masking {

	private Masking() {
	}

	/**
	 * 138****5678 for a mobile, 0755-****6666 for a landline, else all but the last four.
	 */
	public static String phone(String value) {
		String normalized = PhoneNumber.normalize(value);
		if (normalized != null) {
			return new PhoneNumber(normalized).masked();
		}
		return value.length() <= 4 ? "****" : "*".repeat(value.length() - 4) + value.substring(value.length() - 4);
	}

	/**
	 * The phone whole when {@code reveal}, else masked; {@code null} stays {@code null}.
	 */
	public static @Nullable String phone(@Nullable String value, boolean reveal) {
		if (value == null || reveal) {
			return value;
		}
		return phone(value);
	}

	public static List<String> phones(List<String> values, boolean reveal) {
		return values.stream().map(v -> reveal ? v : phone(v)).toList();
	}

	/** 110***********1234; a malformed number keeps only its first three characters. */
	public static String idCard(String value) {
		return IdCardNumber.problemWith(value) == null ? new IdCardNumber(value).masked()
				: value.substring(0, Math.min(3, value.length())) + "***";
	}

	/**
	 * The ID number whole when {@code reveal}, else masked; {@code null} stays
	 * {@code null}.
	 */
	public static @Nullable String idCard(@Nullable String value, boolean reveal) {
		if (value == null || reveal) {
			return value;
		}
		return idCard(value);
	}

	/**
	 * A person's name for a list that needs only to recognise them: the first character
	 * (the surname of a Chinese name) and a star for each other one, 陈志强 → 陈**.
	 */
	public static String name(String value) {
		String v = value.strip();
		if (v.isEmpty()) {
			return v;
		}
		int first = v.offsetByCodePoints(0, 1);
		return v.substring(0, first) + "*".repeat(v.codePointCount(first, v.length()));
	}

}
