package com.guanjia.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * At most {@code perHour} SMS to one phone in any hour and {@code perDay} in any 24
 * hours, counted over every community (a resident may own flats in two). A message over
 * the limit is not dropped: it stays queued as {@link OutboxStatus#THROTTLED} until the
 * oldest send in the full window is an hour (a day) old, then goes out in turn.
 */
record SmsRateLimit(int perHour, int perDay) {

	static final Duration HOUR = Duration.ofHours(1);

	static final Duration DAY = Duration.ofDays(1);

	SmsRateLimit {
		if (perHour < 1 || perDay < perHour) {
			throw new IllegalArgumentException("SMS rate limit " + perHour + "/hour, " + perDay + "/day");
		}
	}

	/**
	 * When the phone may get its next SMS, given when it got its recent ones (oldest
	 * first, at least the last day's); empty when it may get one now.
	 */
	Optional<Instant> blockedUntil(List<Instant> sent, Instant now) {
		Instant until = null;
		for (Window window : List.of(new Window(HOUR, perHour), new Window(DAY, perDay))) {
			Instant since = now.minus(window.length());
			List<Instant> inWindow = sent.stream().filter(t -> t.isAfter(since)).sorted().toList();
			if (inWindow.size() >= window.limit()) {
				Instant free = inWindow.get(inWindow.size() - window.limit()).plus(window.length());
				until = until == null || free.isAfter(until) ? free : until;
			}
		}
		return Optional.ofNullable(until);
	}

	private record Window(Duration length, int limit) {
	}

}
