package com.guanjia.workorders;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A return visit (回访) of a closed order (R5.1): what the work was (so the agent can ask
 * about it), when the visit is due, and its outcome once made.
 */
public record ReturnVisitView(long id, long communityId, long workOrderId, String number, WorkOrderKind kind,
		@Nullable String unitLabel, @Nullable String location, String description, @Nullable String result,
		@Nullable String reporterName, @Nullable String reporterPhone, int round, Instant dueAt,
		@Nullable Instant doneAt, @Nullable String doneBy, @Nullable String method, @Nullable Boolean satisfied,
		@Nullable Integer score, @Nullable String comment) {

	public boolean done() {
		return doneAt != null;
	}

	public boolean late(Instant now) {
		return doneAt == null ? now.isAfter(dueAt) : doneAt.isAfter(dueAt);
	}

}
