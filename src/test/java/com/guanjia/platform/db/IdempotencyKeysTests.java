package com.guanjia.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The request fingerprint an idempotency key is stored with (issue 9 item 16). */
class IdempotencyKeysTests {

	record Body(String text, BigDecimal amount, List<Long> ids, Kind kind, String note) {
	}

	enum Kind {

		A, B

	}

	@Test
	void theSameRequestHasTheSameFingerprint_amountsCompareByValue() {
		assertThat(fingerprint("x", new BigDecimal("10.00"), List.of(1L, 2L), Kind.A, null))
			.isEqualTo(fingerprint("x", new BigDecimal("10"), List.of(1L, 2L), Kind.A, null))
			.hasSize(64);
	}

	@Test
	void anyDifferenceChangesIt() {
		String first = fingerprint("x", BigDecimal.TEN, List.of(1L, 2L), Kind.A, null);
		assertThat(List.of(fingerprint("y", BigDecimal.TEN, List.of(1L, 2L), Kind.A, null),
				fingerprint("x", BigDecimal.ONE, List.of(1L, 2L), Kind.A, null),
				fingerprint("x", BigDecimal.TEN, List.of(2L, 1L), Kind.A, null),
				fingerprint("x", BigDecimal.TEN, List.of(1L, 2L), Kind.B, null),
				fingerprint("x", BigDecimal.TEN, List.of(1L, 2L), Kind.A, ""),
				IdempotencyKeys.fingerprint("other-operation",
						new Body("x", BigDecimal.TEN, List.of(1L, 2L), Kind.A, null))))
			.doesNotContain(first)
			.doesNotHaveDuplicates();
		// text is length-prefixed: "a,b" in one field is not "a" and "b" in two
		assertThat(IdempotencyKeys.fingerprint("op", "a,\"1:b", null))
			.isNotEqualTo(IdempotencyKeys.fingerprint("op", "a", "b"));
	}

	@Test
	void aValueWithoutACanonicalFormIsRefused() {
		assertThatThrownBy(() -> IdempotencyKeys.fingerprint("op", new Object()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static String fingerprint(String text, BigDecimal amount, List<Long> ids, Kind kind, String note) {
		return IdempotencyKeys.fingerprint("op", new Body(text, amount, ids, kind, note));
	}

}
