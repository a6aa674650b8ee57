package com.guanjia.workorders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.scheduling.DeadlineKind;
import com.guanjia.scheduling.DeadlineRule;
import com.guanjia.scheduling.DeadlineView;
import com.guanjia.scheduling.Deadlines;
import com.guanjia.scheduling.Deadlines.Subject;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The clocks of a work order (R3.2, R4.2) under the default rules of
 * {@link WorkOrderDeadlineRules}; a community overrides any of them by rule key (e.g.
 * {@code COMPLAINT.MAJOR.RESOLVE}) in the scheduling module's settings.
 */
@Component
class WorkOrderClocks {

	static final String SUBJECT = "WORK_ORDER";

	private final Deadlines deadlines;

	private final CommunityDirectory communities;

	WorkOrderClocks(Deadlines deadlines, CommunityDirectory communities) {
		this.deadlines = deadlines;
		this.communities = communities;
	}

	static Subject subject(WorkOrder o) {
		return Subject.of(SUBJECT, o.id());
	}

	/**
	 * Starts the clocks of a new order and sets its due time. They count from when it was
	 * received ({@code o.createdAt()}), earlier than now for a back-entered order.
	 */
	void opened(WorkOrder o) {
		Subject s = subject(o);
		Instant from = o.createdAt();
		if (o.request().immediate() && o.kind().visitedOnSite()) {
			deadlines.startFrom(o.communityId(), s, DeadlineKind.RESPONSE, "WORK_ORDER.RESPONSE",
					WorkOrderDeadlineRules.RESPONSE, from, null, 0);
		}
		DeadlineView resolve;
		if (o.kind().graded() && o.severity() != null) {
			// R4.3: the resident hears from us the day the complaint came in, whatever
			// its
			// severity (seed 002: "在当天将投诉处理结果通报投诉住户").
			deadlines.startFrom(o.communityId(), s, DeadlineKind.TELL, "COMPLAINT.TELL",
					WorkOrderDeadlineRules.TELL_RESIDENT, from, null, 0);
			resolve = complaintClocks(o, s);
		}
		else {
			resolve = deadlines.startFrom(o.communityId(), s, DeadlineKind.RESOLVE, o.kind().name() + ".RESOLVE",
					o.kind().profile().defaultDeadline(), from, null, 0);
		}
		o.dueBy(resolve.dueAt());
	}

	/**
	 * Starts the clock of a task the system raises (restore utilities, re-check a meter
	 * reading) under its own rule key, so a community can set how promptly it must be
	 * done.
	 */
	void openedAs(WorkOrder o, String ruleKey, DeadlineRule defaultRule) {
		o.dueBy(deadlines.start(o.communityId(), subject(o), DeadlineKind.RESOLVE, ruleKey, defaultRule, null, 0)
			.dueAt());
	}

	/**
	 * R4.2: major — manager the same day, answer in 2 days, resolved in 10; important —
	 * supervisor within 1 hour, done in 3; minor — 2 days or the resident's own deadline.
	 * Every clock counts from intake ({@code o.createdAt()}), also when a
	 * reclassification restarts them later.
	 */
	private DeadlineView complaintClocks(WorkOrder o, Subject s) {
		String prefix = "COMPLAINT." + o.severity().name() + ".";
		Instant from = o.createdAt();
		return switch (o.severity()) {
			case MAJOR -> {
				deadlines.startFrom(o.communityId(), s, DeadlineKind.ESCALATE, prefix + "ESCALATE",
						WorkOrderDeadlineRules.MAJOR_ESCALATE, from, null, 0);
				deadlines.startFrom(o.communityId(), s, DeadlineKind.ANSWER, prefix + "ANSWER",
						WorkOrderDeadlineRules.MAJOR_ANSWER, from, null, 0);
				yield deadlines.startFrom(o.communityId(), s, DeadlineKind.RESOLVE, prefix + "RESOLVE",
						WorkOrderDeadlineRules.MAJOR_RESOLVE, from, null, 0);
			}
			case IMPORTANT -> {
				deadlines.startFrom(o.communityId(), s, DeadlineKind.ESCALATE, prefix + "ESCALATE",
						WorkOrderDeadlineRules.IMPORTANT_ESCALATE, from, null, 0);
				yield deadlines.startFrom(o.communityId(), s, DeadlineKind.RESOLVE, prefix + "RESOLVE",
						WorkOrderDeadlineRules.IMPORTANT_RESOLVE, from, null, 0);
			}
			case MINOR -> {
				if (o.residentDeadline() != null) {
					ZoneId zone = communities.timeZone(o.communityId());
					Instant end = o.residentDeadline().plusDays(1).atStartOfDay(zone).toInstant();
					yield deadlines.startUntil(o.communityId(), s, DeadlineKind.RESOLVE, prefix + "RESOLVE", end, null,
							0);
				}
				yield deadlines.startFrom(o.communityId(), s, DeadlineKind.RESOLVE, prefix + "RESOLVE",
						WorkOrderDeadlineRules.MINOR_RESOLVE, from, null, 0);
			}
		};
	}

	/**
	 * A complaint's severity changed: its open clocks restart under the new level's
	 * rules, from intake.
	 */
	void reclassified(WorkOrder o) {
		Subject s = subject(o);
		deadlines.cancel(o.communityId(), s, DeadlineKind.ESCALATE);
		deadlines.cancel(o.communityId(), s, DeadlineKind.ANSWER);
		deadlines.cancel(o.communityId(), s, DeadlineKind.RESOLVE);
		DeadlineView resolve = complaintClocks(o, s);
		o.dueBy(resolve.dueAt());
		if (o.technicianId() != null) {
			deadlines.reassign(o.communityId(), s, o.technicianId());
		}
	}

	/**
	 * Dispatched: the technician answers for the clocks. A dispatch does not meet a
	 * complaint's escalation (R4.2, issue 10 item 4): only the manager or the department
	 * head taking it in does ({@link #acknowledged}).
	 */
	void dispatched(WorkOrder o) {
		deadlines.reassign(o.communityId(), subject(o), o.technicianId());
	}

	void acknowledged(WorkOrder o) {
		deadlines.meet(o.communityId(), subject(o), DeadlineKind.ESCALATE);
	}

	/** An appointment (re)booked: arrival is due within 5 minutes after it (R3.2). */
	void booked(WorkOrder o, Instant appointment) {
		Subject s = subject(o);
		deadlines.cancel(o.communityId(), s, DeadlineKind.APPOINTMENT);
		deadlines.startUntil(o.communityId(), s, DeadlineKind.APPOINTMENT, "WORK_ORDER.APPOINTMENT",
				appointment.plus(WorkOrder.APPOINTMENT_TOLERANCE), o.technicianId(), 0);
	}

	void arrived(WorkOrder o) {
		deadlines.meet(o.communityId(), subject(o), DeadlineKind.RESPONSE);
		deadlines.meet(o.communityId(), subject(o), DeadlineKind.APPOINTMENT);
	}

	/** A clear answer is also word to the resident (R4.3). */
	void answered(WorkOrder o) {
		deadlines.meet(o.communityId(), subject(o), DeadlineKind.ANSWER);
		deadlines.meet(o.communityId(), subject(o), DeadlineKind.TELL);
	}

	/** The resident was reached: the same-day word is given (R4.3). */
	void contacted(WorkOrder o) {
		deadlines.meet(o.communityId(), subject(o), DeadlineKind.TELL);
	}

	void completed(WorkOrder o) {
		Subject s = subject(o);
		deadlines.meet(o.communityId(), s, DeadlineKind.ESCALATE);
		deadlines.meet(o.communityId(), s, DeadlineKind.ANSWER);
		deadlines.meet(o.communityId(), s, DeadlineKind.TELL);
		deadlines.meet(o.communityId(), s, DeadlineKind.RESOLVE);
		deadlines.cancel(o.communityId(), s);
	}

	void held(WorkOrder o) {
		if (o.holdReason() == HoldReason.RESIDENT) {
			deadlines.pause(o.communityId(), subject(o));
		}
	}

	/** Clocks resume and are moved by the time spent waiting for the resident. */
	void resumed(WorkOrder o) {
		deadlines.resume(o.communityId(), subject(o));
		refreshDue(o);
	}

	void cancelled(WorkOrder o) {
		deadlines.cancel(o.communityId(), subject(o));
	}

	/** Rework after a return visit (R5.1) gets a fresh clock. */
	void reopened(WorkOrder o) {
		DeadlineView resolve = deadlines.start(o.communityId(), subject(o), DeadlineKind.RESOLVE,
				o.kind().name() + ".REWORK", o.kind().profile().defaultDeadline(), o.technicianId(), 0);
		o.dueBy(resolve.dueAt());
	}

	private void refreshDue(WorkOrder o) {
		deadlines.of(o.communityId(), subject(o))
			.stream()
			.filter(d -> d.kind() == DeadlineKind.RESOLVE && d.state().isOpen())
			.reduce((a, b) -> b)
			.ifPresent(d -> o.dueBy(d.dueAt()));
	}

	@Nullable LocalDate today(long communityId, Instant now) {
		return now.atZone(communities.timeZone(communityId)).toLocalDate();
	}

}
