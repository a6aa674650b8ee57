package com.guanjia.platform.time;

import java.time.Duration;
import java.time.Instant;

import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Back-entry (补录): a visit, call or request written down after it was received — the
 * paper log of a night shift, a call taken away from the desk — carries the time it was
 * really received, so its clocks and its warranty count from then. The one rule for every
 * module that takes a {@code receivedAt}: not in the future (a client clock up to
 * {@link #SKEW} ahead is taken as now), and not older than
 * {@code guanjia.back-entry.max-age} (7 days unless configured). Callers audit what was
 * back-entered.
 */
@Component
public class BackEntry {

	/** How far ahead a client's clock may run before its time counts as the future. */
	static final Duration SKEW = Duration.ofMinutes(2);

	private final Duration maxAge;

	BackEntry(@Value("${guanjia.back-entry.max-age:7d}") Duration maxAge) {
		this.maxAge = maxAge;
	}

	/**
	 * When it was received: {@code now} when not given, else {@code given} once checked
	 * (a problem on {@code field} otherwise: {@code validation.receivedAt.future} or
	 * {@code validation.receivedAt.tooOld} with the limit in days).
	 */
	public Instant receivedAt(@Nullable Instant given, Instant now, String field, Problems problems) {
		if (given == null || (!given.isBefore(now) && !given.isAfter(now.plus(SKEW)))) {
			return now;
		}
		problems.check(!given.isAfter(now), field, "validation.receivedAt.future");
		problems.check(!given.isBefore(now.minus(maxAge)), field, "validation.receivedAt.tooOld", maxAge.toDays());
		return given;
	}

	/**
	 * Whether what was received at {@code receivedAt} is entered later, at {@code now}.
	 */
	public static boolean backEntered(Instant receivedAt, Instant now) {
		return receivedAt.isBefore(now);
	}

	/** The oldest a back-entry may be. */
	public Duration maxAge() {
		return maxAge;
	}

}
