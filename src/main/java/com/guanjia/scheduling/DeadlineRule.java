package com.guanjia.scheduling;

import java.time.Duration;

import org.springframework.modulith.NamedInterface;

/**
 * How long a piece of work may take: an amount of time, or "by the end of the same day";
 * counted in calendar time or in working hours; with the share of the allowed time at
 * which a warning fires (e.g. 0.8).
 */
@NamedInterface("api")
public record DeadlineRule(Duration allowed, boolean endOfDay, CalendarMode mode, double warnShare) {

	public static final double DEFAULT_WARN_SHARE = 0.8;

	public DeadlineRule {
		if (allowed.isNegative()) {
			throw new IllegalArgumentException("allowed time must not be negative");
		}
		if (warnShare <= 0 || warnShare > 1) {
			throw new IllegalArgumentException("warn share must be in (0, 1]");
		}
	}

	public static DeadlineRule minutes(long minutes) {
		return new DeadlineRule(Duration.ofMinutes(minutes), false, CalendarMode.CALENDAR, DEFAULT_WARN_SHARE);
	}

	public static DeadlineRule hours(long hours) {
		return new DeadlineRule(Duration.ofHours(hours), false, CalendarMode.CALENDAR, DEFAULT_WARN_SHARE);
	}

	public static DeadlineRule days(long days) {
		return new DeadlineRule(Duration.ofDays(days), false, CalendarMode.CALENDAR, DEFAULT_WARN_SHARE);
	}

	/** By the end of the day the clock starts on (in the community's zone). */
	public static DeadlineRule sameDay() {
		return new DeadlineRule(Duration.ZERO, true, CalendarMode.CALENDAR, DEFAULT_WARN_SHARE);
	}

	public DeadlineRule inBusinessHours() {
		return new DeadlineRule(allowed, endOfDay, CalendarMode.BUSINESS, warnShare);
	}

	public DeadlineRule warnAt(double share) {
		return new DeadlineRule(allowed, endOfDay, mode, share);
	}

}
