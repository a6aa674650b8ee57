package com.guanjia.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 9: every four-eyes duty refuses the same person for both halves, with the
 * duty's own code, and lets a second person through.
 */
class FourEyesTests {

	@Test
	void eachDutyRefusesTheFirstPersonWithItsCode() {
		assertRefused(FourEyes.RECEIPT_VOID, "receipt.voidSecondPerson");
		assertRefused(FourEyes.REVERSAL, "reversal.secondPerson");
		assertRefused(FourEyes.DEPOSIT, "deposit.secondPerson");
		assertRefused(FourEyes.DEPOSIT_REFUND, "deposit.refundSecondPerson");
		assertRefused(FourEyes.DAILY_CLOSE, "cashier.confirmOwnClose");
	}

	@Test
	void aSecondPersonPasses() {
		for (FourEyes duty : FourEyes.values()) {
			duty.check("teller1", "supervisor1");
			assertThat(duty.allows("teller1", "supervisor1")).isTrue();
			assertThat(duty.allows("teller1", "teller1")).isFalse();
		}
	}

	@Test
	void anotherSpellingOfTheSameAccountIsTheSamePerson() {
		assertThatThrownBy(() -> FourEyes.DEPOSIT.check("Admin", " admin")).isInstanceOf(RuleViolationException.class);
		// a name that merely contains the other is someone else
		FourEyes.DEPOSIT.check("admin", "admin2");
	}

	private static void assertRefused(FourEyes duty, String code) {
		assertThatThrownBy(() -> duty.check("admin", "admin")).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> {
					assertThat(ex.code()).isEqualTo(code);
					assertThat(ex.status()).isEqualTo(422);
				});
	}

}
