package com.guanjia.inspections;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/** A window of the day in which a round is walked, e.g. 08:00–12:00. */
public record TimeWindow(LocalTime start, LocalTime end) {

	/**
	 * Windows written as "08:00-12:00,14:00-18:00"; null when the text is not such a list
	 * or a window ends before it starts.
	 */
	public static @Nullable List<TimeWindow> parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		List<TimeWindow> windows = new ArrayList<>();
		for (String part : text.split("[,，;；\\s]+")) {
			if (part.isBlank()) {
				continue;
			}
			String[] ends = part.strip().split("[-–~]");
			if (ends.length != 2) {
				return null;
			}
			try {
				TimeWindow w = new TimeWindow(LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip()));
				if (!w.end().isAfter(w.start())) {
					return null;
				}
				windows.add(w);
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}
		return windows.isEmpty() ? null : List.copyOf(windows);
	}

	public static String format(List<TimeWindow> windows) {
		return windows.stream().map(TimeWindow::toString).collect(Collectors.joining(","));
	}

	@Override
	public String toString() {
		return start + "-" + end;
	}

}
