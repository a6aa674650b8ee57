package com.guanjia.scheduling;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/** Published (and persisted) when a clock nears its end or runs out. */
public final class DeadlineEvents {

	private DeadlineEvents() {
	}

	/** The configured share of the allowed time has passed (e.g. 80%). */
	@NamedInterface("api")
	public record DeadlineWarned(long communityId, long deadlineId, String subjectType, long subjectId,
			DeadlineKind kind, Instant dueAt, @Nullable Long responsibleStaffId) {
	}

	/** The deadline passed without the work being done. */
	@NamedInterface("api")
	public record DeadlineBreached(long communityId, long deadlineId, String subjectType, long subjectId,
			DeadlineKind kind, Instant dueAt, @Nullable Long responsibleStaffId, int level) {
	}

}
