package com.guanjia.workorders;

import com.guanjia.shared.PhoneNumber;

/** Masks personal data for viewers whose role does not need it (R1.3). */
final class Masking {

	private Masking() {
	}

	static String phone(String phone) {
		try {
			return new PhoneNumber(phone).masked();
		}
		catch (IllegalArgumentException ex) {
			return phone.length() <= 4 ? "****" : "*".repeat(phone.length() - 4) + phone.substring(phone.length() - 4);
		}
	}

}
