package com.guanjia.renovation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When each daily check of a renovation is due (R9.5), from the community's working
 * hours: the site check during the working day (morning start to afternoon end); the
 * corridor check half an hour to an hour before the afternoon end (seed 003
 * "每日下午下班提前半小时至1小时" — with the default hours 17:00–17:30).
 */
final class SiteCheckWindows {

	record Window(Instant start, Instant end) {
	}

	private SiteCheckWindows() {
	}

	static Window of(SiteCheckKind kind, LocalDate day, WorkingHours hours, ZoneId zone) {
		return switch (kind) {
			case SITE -> new Window(day.atTime(hours.morningStart()).atZone(zone).toInstant(),
					day.atTime(hours.afternoonEnd()).atZone(zone).toInstant());
			case CORRIDOR -> new Window(day.atTime(hours.corridorCheckFrom()).atZone(zone).toInstant(),
					day.atTime(hours.corridorCheckUntil()).atZone(zone).toInstant());
		};
	}

}
