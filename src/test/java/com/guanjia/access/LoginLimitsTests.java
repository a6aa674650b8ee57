package com.guanjia.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * The rules of login throttling (issue 9 item 8, OWASP ASVS 2.2.1), with numbers worked
 * by hand: 5 per username and address in 15 minutes, 10 free attempts per username, then
 * waits of 1 s doubling to at most 15 minutes, forgotten after a day; an address the
 * account signed in from within 30 days is not slowed.
 */
class LoginLimitsTests {

	static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");

	final LoginLimits limits = new LoginLimits(5, 100, Duration.ofMinutes(15), 10, Duration.ofSeconds(1),
			Duration.ofMinutes(15), Duration.ofHours(24), Duration.ofDays(30));

	@Test
	void aWindowCountsUntilFifteenMinutesAfterItsFirstAttempt() {
		LoginLimits.Window w = new LoginLimits.Window(0, T0);
		for (int i = 1; i <= 6; i++) {
			w = limits.count(w, T0.plusSeconds(i));
			assertThat(w.attempts()).isEqualTo(i);
			assertThat(w.start()).isEqualTo(T0);
		}
		assertThat(limits.reopens(w)).isEqualTo(T0.plus(Duration.ofMinutes(15)));
		LoginLimits.Window later = limits.count(w, T0.plus(Duration.ofMinutes(15)));
		assertThat(later).isEqualTo(new LoginLimits.Window(1, T0.plus(Duration.ofMinutes(15))));
	}

	@Test
	void tenAttemptsAreFreeThenTheWaitDoublesUpToFifteenMinutes() {
		for (int n = 0; n < 10; n++) {
			assertThat(limits.delayAfter(n)).as("after %d attempts", n).isZero();
		}
		assertThat(limits.delayAfter(10)).isEqualTo(Duration.ofSeconds(1));
		assertThat(limits.delayAfter(11)).isEqualTo(Duration.ofSeconds(2));
		assertThat(limits.delayAfter(12)).isEqualTo(Duration.ofSeconds(4));
		assertThat(limits.delayAfter(19)).isEqualTo(Duration.ofSeconds(512));
		assertThat(limits.delayAfter(20)).isEqualTo(Duration.ofMinutes(15));
		assertThat(limits.delayAfter(1000)).as("never more than the cap").isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void theNextAttemptWaitsAfterTheLastUntilTheDelayIsOver() {
		LoginLimits.Pace pace = new LoginLimits.Pace(9, T0, T0);
		assertThat(limits.mustWaitUntil(pace, T0)).isNull();
		pace = limits.pace(pace, T0);
		assertThat(pace).isEqualTo(new LoginLimits.Pace(10, T0, T0.plusSeconds(1)));
		assertThat(limits.mustWaitUntil(pace, T0.plusMillis(999))).isEqualTo(T0.plusSeconds(1));
		assertThat(limits.mustWaitUntil(pace, T0.plusSeconds(1))).isNull();
		pace = limits.pace(pace, T0.plusSeconds(1));
		assertThat(pace.next()).isEqualTo(T0.plusSeconds(3));
	}

	@Test
	void aDayWithoutAttemptsForgetsThem() {
		LoginLimits.Pace old = new LoginLimits.Pace(25, T0, T0.plus(Duration.ofMinutes(15)));
		Instant nextDay = T0.plus(Duration.ofHours(24));
		assertThat(limits.mustWaitUntil(old, nextDay)).isNull();
		assertThat(limits.pace(old, nextDay)).isEqualTo(new LoginLimits.Pace(1, nextDay, nextDay));
	}

	@Test
	void anAddressTheAccountSignedInFromWithinThirtyDaysIsKnown() {
		assertThat(limits.known(null, T0)).isFalse();
		assertThat(limits.known(T0.minus(Duration.ofDays(29)), T0)).isTrue();
		assertThat(limits.known(T0.minus(Duration.ofDays(30)), T0)).isFalse();
	}

}
