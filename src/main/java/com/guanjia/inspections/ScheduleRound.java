package com.guanjia.inspections;

import java.time.Instant;
import java.util.List;

import com.guanjia.shared.CommunityId;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A round another module (or a schedule) wants: its kind, the key that makes it exist
 * once ({@code occurrenceKey}, e.g. "renovation:42:2026-12-07"), a title, what it is
 * about, its stops in order (each with a checklist template code), who walks it (null:
 * the pool of butlers) and its window.
 */
@NamedInterface("api")
public record ScheduleRound(CommunityId community, RoundKind kind, String occurrenceKey, String title,
		@Nullable RoundSubject subject, @Nullable Long routeId, @Nullable Long scheduleId, List<Stop> stops,
		@Nullable Long assigneeStaffId, Instant windowStart, Instant windowEnd) {

	/** One stop of the round: a checkpoint of a route, or a place such as a unit. */
	@NamedInterface("api")
	public record Stop(String name, String templateCode, @Nullable Long checkpointId, @Nullable Long areaId) {
	}

}
