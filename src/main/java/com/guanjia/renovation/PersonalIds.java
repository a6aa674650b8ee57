package com.guanjia.renovation;

import com.guanjia.platform.crypto.PersonalDataCipher;
import com.guanjia.shared.IdCardNumber;
import com.guanjia.shared.Masking;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * How the module keeps the ID numbers of proxies and workers (R1.3, decision 0011):
 * encrypted with the platform's cipher, with the last four characters beside for the
 * masked views; the clear number exists only in memory.
 */
@Component
class PersonalIds {

	private final PersonalDataCipher cipher;

	PersonalIds(PersonalDataCipher cipher) {
		this.cipher = cipher;
	}

	record Sealed(byte[] encrypted, String tail) {
	}

	Sealed seal(String idCard) {
		return new Sealed(cipher.encrypt(idCard), idCard.substring(idCard.length() - 4));
	}

	@Nullable Sealed sealOrNull(@Nullable String idCard) {
		return idCard == null ? null : seal(idCard);
	}

	@Nullable String open(byte @Nullable [] encrypted) {
		return encrypted == null ? null : cipher.decrypt(encrypted);
	}

	/** The number as a viewer may see it: whole, or masked. */
	static @Nullable String shown(@Nullable String idCard, boolean whole) {
		return idCard == null ? null : whole ? idCard : Masking.idCard(idCard);
	}

	/** A typed number, checked (GB 11643) and normalised, or a problem on the field. */
	static String parse(String field, String typed) {
		return IdCardNumber.parse(field, typed).value();
	}

}
