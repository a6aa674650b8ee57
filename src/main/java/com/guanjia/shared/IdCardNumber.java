package com.guanjia.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A mainland resident identity card number (居民身份证号码) as defined by GB 11643-1999: six
 * digits of address code, the birth date as yyyyMMdd, a three-digit sequence and a check
 * character computed with ISO 7064 MOD 11-2. Personal data (R1.3): show {@link #masked()}
 * unless the viewer's role needs the whole number.
 */
public record IdCardNumber(String value) {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	public IdCardNumber {
		String problem = problemWith(value);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
	}

	/**
	 * Parses user input (spaces trimmed, a lower-case x accepted) or throws a field
	 * problem.
	 */
	public static IdCardNumber parse(String field, String input) {
		String normalized = normalize(input);
		String problem = problemWith(normalized);
		if (problem != null) {
			throw ValidationException.of(field, problem);
		}
		return new IdCardNumber(normalized);
	}

	static String normalize(String input) {
		return input == null ? "" : input.strip().toUpperCase(Locale.ROOT);
	}

	/** The message key of what is wrong with the number, or null when it is valid. */
	public static String problemWith(String value) {
		if (value == null || value.length() != 18) {
			return "validation.idCard.length";
		}
		for (int i = 0; i < 17; i++) {
			if (!Character.isDigit(value.charAt(i)) || value.charAt(i) > '9') {
				return "validation.idCard.format";
			}
		}
		char last = value.charAt(17);
		if (!(last >= '0' && last <= '9') && last != 'X') {
			return "validation.idCard.format";
		}
		if (value.charAt(0) == '0') {
			return "validation.idCard.format";
		}
		if (birthDateOf(value) == null) {
			return "validation.idCard.birthDate";
		}
		if (checkCharacter(value) != last) {
			return "validation.idCard.checkDigit";
		}
		return null;
	}

	/** The check character (校验码) for the first 17 digits. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}

	private static LocalDate birthDateOf(String value) {
		try {
			int year = Integer.parseInt(value.substring(6, 10));
			int month = Integer.parseInt(value.substring(10, 12));
			int day = Integer.parseInt(value.substring(12, 14));
			if (year < 1900) {
				return null;
			}
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException | NumberFormatException ex) {
			return null;
		}
	}

	public LocalDate birthDate() {
		return birthDateOf(value);
	}

	/**
	 * The number as shown in lists: the first three and last four characters, e.g.
	 * 110***********1234.
	 */
	public String masked() {
		return value.substring(0, 3) + "*".repeat(11) + value.substring(14);
	}

	@Override
	public String toString() {
		return masked();
	}

}
