package com.guanjia.shared;

import java.util.regex.Pattern;

/**
 * A phone number of a resident or caller: a mainland mobile number (11 digits starting
 * with 1) or a landline with its area code (e.g. 0755-88886666). Stored without spaces;
 * masked in lists (138****5678) because it is personal data (R1.3).
 */
public record PhoneNumber(String value) {

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-\\d{7,8}");

	public PhoneNumber {
		if (value == null || !(MOBILE.matcher(value).matches() || LANDLINE.matcher(value).matches())) {
			throw new IllegalArgumentException("not a phone number");
		}
	}

	/**
	 * Parses user input: spaces and a leading +86 are dropped; a landline keeps one dash.
	 */
	public static PhoneNumber parse(String field, String input) {
		String normalized = normalize(input);
		if (normalized == null) {
			throw ValidationException.of(field, "validation.phone.format");
		}
		return new PhoneNumber(normalized);
	}

	/** The normalized form, or null when the input is not a phone number. */
	public static String normalize(String input) {
		if (input == null) {
			return null;
		}
		String s = input.replaceAll("[\\s()]", "");
		if (s.startsWith("+86")) {
			s = s.substring(3);
		}
		if (MOBILE.matcher(s.replace("-", "")).matches()) {
			return s.replace("-", "");
		}
		if (s.startsWith("0") && !s.contains("-") && (s.length() == 11 || s.length() == 12)) {
			int areaLength = (s.startsWith("01") || s.startsWith("02")) ? 3 : 4;
			s = s.substring(0, areaLength) + "-" + s.substring(areaLength);
		}
		return LANDLINE.matcher(s).matches() ? s : null;
	}

	public boolean isMobile() {
		return MOBILE.matcher(value).matches();
	}

	/** The last four digits, which callers most often give. */
	public String lastFour() {
		return value.substring(value.length() - 4);
	}

	/** 138****5678 for a mobile; 0755-****6666 for a landline. */
	public String masked() {
		if (isMobile()) {
			return value.substring(0, 3) + "****" + value.substring(7);
		}
		int dash = value.indexOf('-');
		String local = value.substring(dash + 1);
		return value.substring(0, dash + 1) + "*".repeat(local.length() - 4) + local.substring(local.length() - 4);
	}

	@Override
	public String toString() {
		return masked();
	}

}
