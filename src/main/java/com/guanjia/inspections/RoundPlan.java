package com.guanjia.inspections;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The parts of a round fixed when it is created: its community and id, the key that makes
 * it exist once ({@code occurrenceKey}), what it is, who walks it and its window.
 */
record RoundPlan(long communityId, long id, String occurrenceKey, RoundKind kind, @Nullable Long scheduleId,
		@Nullable Long routeId, @Nullable RoundSubject subject, String title, @Nullable Long assigneeStaffId,
		Instant windowStart, Instant windowEnd, Instant createdAt) {
}
