package com.guanjia.workorders;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A return visit (回访) of a closed order (R5.1): what the work was (so the agent can ask
 * about it), when the visit is due, its outcome once made, and when the resident was
 * first reached about the order (or null: not yet).
 */
public record ReturnVisitView(long id, long communityId, long workOrderId, String number, WorkOrderKind kind,
		@Nullable String unitLabel, @Nullable String location, String description, @Nullable String result,
		@Nullable String reporterName, @Nullable String reporterPhone, int round, Instant dueAt,
		@Nullable Instant doneAt, @Nullable String doneBy, @Nullable String method, @Nullable Boolean satisfied,
		@Nullable Integer score, @Nullable String comment, @Nullable FirstContactView firstContact) {

	/**
	 * The same visit with the first contact of its order (R4.3), which the supervisor
	 * sees before calling.
	 */
	ReturnVisitView withFirstContact(@Nullable FirstContactView contact) {
		return new ReturnVisitView(id, communityId, workOrderId, number, kind, unitLabel, location, description, result,
				reporterName, reporterPhone, round, dueAt, doneAt, doneBy, method, satisfied, score, comment, contact);
	}

	public boolean done() {
		return doneAt != null;
	}

	public boolean late(Instant now) {
		return doneAt == null ? now.isAfter(dueAt) : doneAt.isAfter(dueAt);
	}

}
