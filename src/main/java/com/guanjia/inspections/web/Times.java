package com.guanjia.inspections.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/** Shows instants in the community's zone on the inspection pages. */
public record Times(ZoneId zone) {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	public String of(@Nullable Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
	}

	public String time(@Nullable Instant instant) {
		return instant == null ? "" : TIME.format(instant.atZone(zone));
	}

}
