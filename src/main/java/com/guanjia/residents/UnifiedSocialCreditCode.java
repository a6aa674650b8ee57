package com.guanjia.residents;

import java.util.Locale;

import org.springframework.modulith.NamedInterface;

/**
 * A company's unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
 * 0-9 and A-Z without I, O, Z, S, V; a registration-authority and an organisation-type
 * character, a six-digit administrative division, a nine-character organisation code and
 * a MOD 31 check character.
 */
@NamedInterface("api")
public record UnifiedSocialCreditCode(String value) {

	private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	public UnifiedSocialCreditCode {
		String problem = problemWith(value);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
	}

	/** Upper case without spaces, as stored. */
	public static String normalize(String input) {
		return input == null ? "" : input.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
	}

	/**
	 * The message key of what is wrong with a normalized code, or null when it is valid.
	 */
	public static String problemWith(String value) {
		if (value == null || value.length() != 18) {
			return "validation.creditCode.length";
		}
		for (int i = 0; i < 18; i++) {
			if (CHARS.indexOf(value.charAt(i)) < 0) {
				return "validation.creditCode.format";
			}
		}
		for (int i = 2; i < 8; i++) {
			if (!Character.isDigit(value.charAt(i))) {
				return "validation.creditCode.format";
			}
		}
		if (checkCharacter(value) != value.charAt(17)) {
			return "validation.creditCode.checkDigit";
		}
		return null;
	}

	/** The check character for the first 17 characters. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CHARS.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return CHARS.charAt(check == 31 ? 0 : check);
	}

}
