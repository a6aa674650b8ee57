package com.guanjia.residents;

import java.util.List;

import com.guanjia.shared.IdCardNumber;
import com.guanjia.shared.PhoneNumber;
import org.jspecify.annotations.Nullable;

/**
 * How personal data is shown: masked in every list, whole on a detail only with the
 * permission (R1.3).
 */
final class Masking {

	private Masking() {
	}

	static @Nullable String idCard(@Nullable String value, boolean reveal) {
		if (value == null || reveal) {
			return value;
		}
		return IdCardNumber.problemWith(value) == null ? new IdCardNumber(value).masked()
				: value.substring(0, Math.min(3, value.length())) + "***";
	}

	static String phone(String value, boolean reveal) {
		if (reveal) {
			return value;
		}
		String normalized = PhoneNumber.normalize(value);
		return normalized != null ? new PhoneNumber(normalized).masked() : "****";
	}

	static List<String> phones(List<String> values, boolean reveal) {
		return values.stream().map(v -> phone(v, reveal)).toList();
	}

}
