package com.guanjia.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The per-phone SMS limit (issue 10 item 13): at most N in any hour and M in any day; a
 * message over it waits until the oldest send of the full window has left it.
 */
class SmsRateLimitTests {

	static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

	final SmsRateLimit limit = new SmsRateLimit(2, 3);

	static Instant ago(int minutes) {
		return NOW.minus(Duration.ofMinutes(minutes));
	}

	@Test
	void underTheLimitAMessageGoesNow() {
		assertThat(limit.blockedUntil(List.of(), NOW)).isEmpty();
		assertThat(limit.blockedUntil(List.of(ago(30)), NOW)).isEmpty();
		// sent 60 minutes ago has left the hour
		assertThat(limit.blockedUntil(List.of(ago(60), ago(10)), NOW)).isEmpty();
	}

	@Test
	void theHourFullWaitsUntilItsOldestSendIsAnHourOld() {
		assertThat(limit.blockedUntil(List.of(ago(50), ago(10)), NOW)).contains(ago(50).plus(Duration.ofHours(1)));
	}

	@Test
	void theDayFullWaitsUntilItsOldestSendIsADayOld() {
		List<Instant> sent = List.of(ago(23 * 60), ago(5 * 60), ago(90));
		assertThat(limit.blockedUntil(sent, NOW)).contains(ago(23 * 60).plus(Duration.ofDays(1)));
	}

	@Test
	void whenBothAreFullTheLaterFreeingCounts() {
		List<Instant> sent = List.of(ago(20 * 60), ago(40), ago(10));
		assertThat(limit.blockedUntil(sent, NOW)).contains(ago(20 * 60).plus(Duration.ofDays(1)));
	}

}
