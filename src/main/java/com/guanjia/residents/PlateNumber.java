package com.guanjia.residents;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.modulith.NamedInterface;

/**
 * A mainland vehicle plate (车牌): a province character, the issuing authority's letter and
 * five characters (粤B12345, last one may be 挂/学/警/港/澳), or a new-energy plate of six
 * (粤BD12345 for a small car, 粤B12345D for a large one). Stored upper case without spaces
 * or dots.
 */
@NamedInterface("api")
public record PlateNumber(String value) {

	static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

	private static final String LETTER = "[A-HJ-NP-Z]";

	private static final String ALNUM = "[A-HJ-NP-Z0-9]";

	private static final Pattern REGULAR = Pattern
		.compile("[" + PROVINCES + "]" + LETTER + ALNUM + "{4}[A-HJ-NP-Z0-9挂学警港澳]");

	private static final Pattern NEW_ENERGY = Pattern
		.compile("[" + PROVINCES + "]" + LETTER + "([DFA-HJK]" + ALNUM + "[0-9]{4}|[0-9]{5}[DFA-HJK])");

	public PlateNumber {
		if (!isValid(value)) {
			throw new IllegalArgumentException("not a plate number");
		}
	}

	/** Upper case, without spaces, dots or dashes (粤B·12345 → 粤B12345). */
	public static String normalize(String input) {
		return input == null ? "" : input.replaceAll("[\\s·•.\\-]", "").toUpperCase(Locale.ROOT);
	}

	public static boolean isValid(String normalized) {
		return normalized != null
				&& (REGULAR.matcher(normalized).matches() || NEW_ENERGY.matcher(normalized).matches());
	}

	/**
	 * Whether a search fragment could be part of a plate (a province character, letters,
	 * digits).
	 */
	static boolean couldBePart(String normalized) {
		return normalized.matches("[" + PROVINCES + "]?[A-Z0-9]*[挂学警港澳]?") && !normalized.isEmpty();
	}

	public boolean isNewEnergy() {
		return value.length() == 8;
	}

}
