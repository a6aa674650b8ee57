package com.guanjia.scheduling;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Published (and persisted) when a clock nears its end or runs out. */
public final class DeadlineEvents {

	private DeadlineEvents() {
	}

	/** The configured share of the allowed time has passed (e.g. 80%). */
	public record DeadlineWarned(long communityId, long deadlineId, String subjectType, long subjectId,
			DeadlineKind kind, Instant dueAt, @Nullable Long responsibleStaffId) {
	}

	/** The deadline passed without the work being done. */
	public record DeadlineBreached(long communityId, long deadlineId, String subjectType, long subjectId,
			DeadlineKind kind, Instant dueAt, @Nullable Long responsibleStaffId, int level) {
	}

}
