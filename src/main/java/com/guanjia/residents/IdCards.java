package com.guanjia.residents;

import java.util.Locale;
import java.util.regex.Pattern;

import com.guanjia.platform.crypto.PersonalDataCipher;
import com.guanjia.shared.IdCardNumber;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * How ID-card numbers are kept (issue 9 item 15, R1.3): encrypted ({@code id_card_enc},
 * AES-GCM), a keyed hash for finding a whole number ({@code id_card_hash}) and the last
 * four characters for the search box ({@code id_card_tail}, the part every masked view
 * shows anyway). The clear number exists only in memory.
 */
@Component
class IdCards {

	/** The last four characters of a number, as typed in the search box. */
	private static final Pattern TAIL = Pattern.compile("\\d{3}[\\dXx]");

	private final PersonalDataCipher cipher;

	IdCards(PersonalDataCipher cipher) {
		this.cipher = cipher;
	}

	/** The stored form of a number. */
	record Sealed(byte[] encrypted, byte[] hash, String tail) {
	}

	@Nullable Sealed seal(@Nullable String idCard) {
		if (idCard == null) {
			return null;
		}
		return new Sealed(cipher.encrypt(idCard), cipher.hash(idCard), tail(idCard));
	}

	@Nullable String open(byte @Nullable [] encrypted) {
		return encrypted == null ? null : cipher.decrypt(encrypted);
	}

	byte[] hash(String idCard) {
		return cipher.hash(idCard);
	}

	int currentKeyId() {
		return cipher.currentKeyId();
	}

	/**
	 * The hash of a search text that is a whole valid ID number, else null: only whole
	 * numbers can be looked up by hash.
	 */
	byte @Nullable [] hashOfQuery(@Nullable String q) {
		if (q == null) {
			return null;
		}
		String normalized = q.strip().toUpperCase(Locale.ROOT);
		return IdCardNumber.problemWith(normalized) == null ? cipher.hash(normalized) : null;
	}

	/** The search text as the last four characters of a number, else null. */
	static @Nullable String tailOfQuery(@Nullable String q) {
		if (q == null) {
			return null;
		}
		String t = q.strip();
		return TAIL.matcher(t).matches() ? t.toUpperCase(Locale.ROOT) : null;
	}

	static String tail(String idCard) {
		return idCard.substring(Math.max(0, idCard.length() - 4));
	}

}
