package com.guanjia.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

/**
 * What a new password must be (issue 9 item 10, NIST SP 800-63B 5.1.1.2): at least
 * {@value #MIN_LENGTH} characters and at most {@value #MAX_BYTES} bytes in UTF-8 (bcrypt
 * reads no further); not one of the most common passwords
 * ({@code access/common-passwords.txt}, also with digits or signs added at the end); not
 * a single repeated character, a short group repeated or a straight run like
 * {@code 0123456789}; not containing the username. No rules about kinds of characters.
 * Only new and changed passwords are checked: a password set earlier still signs in.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_BYTES = 72;

	private static final String LIST = "/access/common-passwords.txt";

	private final Set<String> common;

	PasswordPolicy(Set<String> common) {
		this.common = Set.copyOf(common);
	}

	/** The policy with the bundled list, read once. */
	static PasswordPolicy standard() {
		return Standard.POLICY;
	}

	private static final class Standard {

		static final PasswordPolicy POLICY = new PasswordPolicy(read());

		private static Set<String> read() {
			Set<String> words = new HashSet<>();
			try (InputStream in = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream(LIST), LIST);
					BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					String word = line.strip();
					if (!word.isEmpty() && !word.startsWith("#")) {
						words.add(word.toLowerCase(Locale.ROOT));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return words;
		}

	}

	/**
	 * Adds a problem on {@code field} when the password breaks a rule (the first rule it
	 * breaks).
	 */
	void check(Problems problems, String field, @Nullable String password, @Nullable String username) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			problems.add(field, "validation.password", MIN_LENGTH);
		}
		else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			problems.add(field, "validation.password.tooLong", MAX_BYTES);
		}
		else if (isTrivial(password)) {
			problems.add(field, "validation.password.trivial");
		}
		else if (isCommon(password)) {
			problems.add(field, "validation.password.common");
		}
		else if (username != null && username.strip().length() >= 3
				&& lower(password).contains(lower(username.strip()))) {
			problems.add(field, "validation.password.username");
		}
	}

	/**
	 * A listed password, also with digits or signs added at its end
	 * ({@code password2026!}).
	 */
	boolean isCommon(String password) {
		String lower = lower(password);
		if (common.contains(lower)) {
			return true;
		}
		int end = lower.length();
		while (end > 0 && !Character.isLetter(lower.charAt(end - 1))) {
			end--;
		}
		return end >= 4 && end < lower.length() && common.contains(lower.substring(0, end));
	}

	/**
	 * One character repeated, a group of two to four repeated ({@code abababab}), or a
	 * straight run up or down ({@code 0123456789}, {@code zyxwvutsrq}).
	 */
	static boolean isTrivial(String password) {
		int[] c = password.codePoints().toArray();
		for (int unit = 1; unit <= 4; unit++) {
			if (c.length % unit == 0 && c.length / unit >= 2 && repeats(c, unit)) {
				return true;
			}
		}
		return run(c, 1) || run(c, -1);
	}

	private static boolean repeats(int[] c, int unit) {
		for (int i = unit; i < c.length; i++) {
			if (c[i] != c[i - unit]) {
				return false;
			}
		}
		return true;
	}

	private static boolean run(int[] c, int step) {
		for (int i = 1; i < c.length; i++) {
			if (c[i] - c[i - 1] != step) {
				return false;
			}
		}
		return true;
	}

	private static String lower(String s) {
		return s.toLowerCase(Locale.ROOT);
	}

}
