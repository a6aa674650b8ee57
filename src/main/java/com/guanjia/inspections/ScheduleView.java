package com.guanjia.inspections;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A schedule that creates rounds (R11.1, R11.2, R11.5, R11.6): what kind of round, over
 * which route (or, for vacant units, the units in that state), how often, in which
 * windows and for whom (null: the pool of butlers).
 */
@NamedInterface("api")
public record ScheduleView(long id, long communityId, String name, RoundKind kind, @Nullable Long routeId,
		@Nullable String routeName, @Nullable String templateCode, Recurrence recurrence, Set<DayOfWeek> days,
		@Nullable Integer dayOfMonth, List<TimeWindow> windows, @Nullable Long assigneeStaffId, boolean active) {

	/** The windows as written, e.g. "08:00-12:00,14:00-18:00". */
	public String windowsText() {
		return TimeWindow.format(windows);
	}

}
