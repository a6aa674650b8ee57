package com.guanjia.scheduling;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/** A clock on a piece of work, as the owning module and the pages see it. */
@NamedInterface("api")
public record DeadlineView(long id, long communityId, String subjectType, long subjectId, DeadlineKind kind,
		String ruleKey, Instant startedAt, Instant dueAt, Instant warnAt, DeadlineState state,
		@Nullable Instant warnedAt, @Nullable Instant breachedAt, @Nullable Instant metAt,
		@Nullable Long responsibleStaffId, int level) {

	/** Met after the due time counts as late even when the check had not run yet. */
	public boolean late() {
		return breachedAt != null || (metAt != null && metAt.isAfter(dueAt));
	}

}
