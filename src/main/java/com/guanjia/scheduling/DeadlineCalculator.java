package com.guanjia.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a deadline falls and when its warning fires. Calendar days are counted in the
 * community's zone (so "2 days" crosses daylight-saving changes as people count them);
 * business-hours deadlines count working time only.
 */
public final class DeadlineCalculator {

	private DeadlineCalculator() {
	}

	public static Instant due(Instant start, ZoneId zone, DeadlineRule rule, BusinessCalendar calendar) {
		ZonedDateTime from = start.atZone(zone);
		if (rule.endOfDay()) {
			if (rule.mode() == CalendarMode.BUSINESS) {
				return calendar.endOfWorkingDay(from).toInstant();
			}
			return from.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
		}
		if (rule.mode() == CalendarMode.BUSINESS) {
			return calendar.plusWorkingTime(from, rule.allowed()).toInstant();
		}
		Duration allowed = rule.allowed();
		long days = allowed.toDays();
		if (days > 0 && allowed.equals(Duration.ofDays(days))) {
			return from.plusDays(days).toInstant();
		}
		return start.plus(allowed);
	}

	/** The warning moment: the configured share of the time between start and due. */
	public static Instant warning(Instant start, Instant due, double share) {
		long millis = Duration.between(start, due).toMillis();
		return start.plusMillis((long) Math.floor(millis * share));
	}

}
