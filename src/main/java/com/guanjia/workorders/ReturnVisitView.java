package com.guanjia.workorders;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A return visit (回访) of a closed order (R5.1): what the work was (so the agent can ask
 * about it), when the visit is due, its outcome once made, and when the resident was
 * first reached about the order (or null: not yet), and the attempts that did not reach
 * them (R5.1: a visit pending after an attempt is still not made).
 */
public record ReturnVisitView(long id, long communityId, long workOrderId, String number, WorkOrderKind kind,
		@Nullable String unitLabel, @Nullable String location, String description, @Nullable String result,
		@Nullable String reporterName, @Nullable String reporterPhone, int round, Instant dueAt,
		@Nullable Instant doneAt, @Nullable String doneBy, @Nullable String method, @Nullable Boolean satisfied,
		@Nullable Integer score, @Nullable String comment, @Nullable FirstContactView firstContact,
		List<AttemptLine> attempts) {

	/**
	 * A try that did not reach the resident (R5.1): when, who, how — nobody home (a
	 * notice left) or nobody answering the phone — and what was left or noted.
	 */
	public record AttemptLine(Instant at, String by, ReturnVisits.Method method, @Nullable String note) {

		/** What happened, in words: "nobody home, notice left" or "no answer". */
		public String messageKey() {
			return "returnVisit.attempt." + method.name();
		}

	}

	/**
	 * The same visit with the first contact of its order (R4.3), which the supervisor
	 * sees before calling, and the attempts that did not reach the resident.
	 */
	ReturnVisitView with(@Nullable FirstContactView contact, List<AttemptLine> tried) {
		return new ReturnVisitView(id, communityId, workOrderId, number, kind, unitLabel, location, description, result,
				reporterName, reporterPhone, round, dueAt, doneAt, doneBy, method, satisfied, score, comment, contact,
				List.copyOf(tried));
	}

	public boolean done() {
		return doneAt != null;
	}

	public boolean late(Instant now) {
		return doneAt == null ? now.isAfter(dueAt) : doneAt.isAfter(dueAt);
	}

}
