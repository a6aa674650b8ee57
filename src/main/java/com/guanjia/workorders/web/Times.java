package com.guanjia.workorders.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/** Shows instants in the community's zone on pages (e.g. 2026-11-30 10:00). */
public record Times(ZoneId zone) {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	public String of(@Nullable Instant instant) {
		return instant == null ? "" : FORMAT.format(instant.atZone(zone));
	}

	public String input(@Nullable Instant instant) {
		return instant == null ? ""
				: DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(instant.atZone(zone)).substring(0, 16);
	}

}
