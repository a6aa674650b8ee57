package com.guanjia.workorders;

import java.time.Instant;
import java.util.List;

import com.guanjia.platform.security.Permission;
import com.guanjia.scheduling.DeadlineKind;
import com.guanjia.scheduling.DeadlineRule;
import com.guanjia.scheduling.DeadlineView;
import com.guanjia.scheduling.Deadlines;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.scheduling.DeadlineEvents.DeadlineBreached;
import com.guanjia.workorders.WorkOrderEvents.ReturnVisitOverdue;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderClosed;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Return visits (回访, R5.1): every closed repair and complaint gets one — safety
 * facilities within 2 days, leak repairs within 3 days after the leak test, others within
 * 2 days (rule keys {@code RETURN_VISIT.SAFETY}, {@code .LEAK}, {@code .OTHER},
 * {@code .COMPLAINT} change them per community). A dissatisfied resident sends the order
 * back for rework, keeping its history.
 */
@Service
@Transactional
public class ReturnVisits {

	static final String SUBJECT = "RETURN_VISIT";

	private final ReturnVisitRepository visits;

	private final WorkOrderStore store;

	private final WorkOrderClocks clocks;

	private final Deadlines deadlines;

	ReturnVisits(ReturnVisitRepository visits, WorkOrderStore store, WorkOrderClocks clocks, Deadlines deadlines) {
		this.visits = visits;
		this.store = store;
		this.clocks = clocks;
		this.deadlines = deadlines;
	}

	/**
	 * Schedules the visit of a closed repair or complaint (once per closing, however
	 * often the event comes).
	 */
	@ApplicationModuleListener
	void on(WorkOrderClosed event) {
		schedule(event);
	}

	void schedule(WorkOrderClosed e) {
		if (!e.kind().returnVisit()) {
			return;
		}
		String rule;
		DeadlineRule defaultRule;
		Instant from = e.closedAt();
		if (e.kind().graded()) {
			rule = "RETURN_VISIT.COMPLAINT";
			defaultRule = WorkOrderDeadlineRules.VISIT_COMPLAINT;
		}
		else if (e.leak()) {
			rule = "RETURN_VISIT.LEAK";
			defaultRule = WorkOrderDeadlineRules.VISIT_LEAK;
			from = e.leakTestAt() != null ? e.leakTestAt() : e.closedAt();
		}
		else if (e.safety()) {
			rule = "RETURN_VISIT.SAFETY";
			defaultRule = WorkOrderDeadlineRules.VISIT_SAFETY;
		}
		else {
			rule = "RETURN_VISIT.OTHER";
			defaultRule = WorkOrderDeadlineRules.VISIT_OTHER;
		}
		Instant start = from;
		visits.insert(e.communityId(), e.workOrderId(), e.round(), start).ifPresent(id -> {
			DeadlineView clock = deadlines.startFrom(e.communityId(), Deadlines.Subject.of(SUBJECT, id),
					DeadlineKind.VISIT, rule, defaultRule, start, null, 0);
			visits.due(e.communityId(), id, clock.dueAt());
		});
	}

	/**
	 * A visit's clock ran out before it was made: the agents and the supervisor are told
	 * (in the app; once per visit however often the event comes, by its key).
	 */
	@ApplicationModuleListener
	void on(DeadlineBreached event) {
		overdue(event);
	}

	void overdue(DeadlineBreached e) {
		if (!SUBJECT.equals(e.subjectType())) {
			return;
		}
		visits.openVisitOrder(e.communityId(), e.subjectId())
			.map(o -> new ReturnVisitOverdue(e.communityId(), e.subjectId(), o.id(), o.number(), e.dueAt()))
			.ifPresent(store::publish);
	}

	/** Visits not yet made, the earliest due first (the agent's list). */
	@Transactional(readOnly = true)
	public List<ReturnVisitView> due(long communityId) {
		store.scope.require(Permission.RETURN_VISIT);
		store.scope.require(communityId);
		return visits.notDone(communityId, store.showsPhones());
	}

	@Transactional(readOnly = true)
	public ReturnVisitView get(long visitId) {
		store.scope.require(Permission.WORKORDER_READ);
		return visits.find(store.scope.allowedIds(), visitId, store.showsPhones())
			.orElseThrow(() -> new NotFoundException("returnVisit", visitId));
	}

	List<ReturnVisitView> ofOrder(long communityId, long workOrderId) {
		return visits.ofOrder(communityId, workOrderId, store.showsPhones());
	}

	/** The outcome of a visit; "not satisfied" reopens the order for rework (R5.1). */
	public ReturnVisitView record(long visitId, VisitOutcome outcome) {
		store.scope.require(Permission.RETURN_VISIT);
		outcome.validate();
		ReturnVisitView visit = get(visitId);
		if (visit.done()) {
			throw new RuleViolationException("returnVisit.done", visit.number());
		}
		WorkOrder o = store.load(WorkOrderId.of(visit.workOrderId()));
		String comment = OpenWorkOrder.blankToNull(outcome.comment());
		String note = (outcome.satisfied() ? "satisfied" : "not satisfied") + ", " + outcome.score() + "/5"
				+ (comment == null ? "" : ": " + comment);
		o.note(WorkOrderAction.VISIT, note);
		visits.made(o.communityId(), visitId, store.now(), store.scope.actor(), outcome, comment);
		deadlines.meet(o.communityId(), Deadlines.Subject.of(SUBJECT, visitId), DeadlineKind.VISIT);
		if (!outcome.satisfied()) {
			o.reopen(comment == null ? "return visit: not satisfied" : comment);
			clocks.reopened(o);
		}
		store.commit(o, outcome.satisfied() ? WorkOrderAction.VISIT : WorkOrderAction.REOPEN);
		return get(visitId);
	}

	/** How a visit was made: by phone or in person (R5.1). */
	public enum Method {

		PHONE, VISIT;

		public String messageKey() {
			return "returnVisit.method." + name();
		}

	}

	public record VisitOutcome(@Nullable Method method, boolean satisfied, @Nullable Integer score,
			@Nullable String comment) {

		void validate() {
			Problems p = new Problems();
			p.required("method", method);
			p.required("score", score);
			p.check(score == null || (score >= 1 && score <= 5), "score", "validation.range", 1, 5);
			p.optionalText("comment", comment, 1000);
			p.check(satisfied || (comment != null && !comment.isBlank()), "comment", "validation.visit.commentNeeded");
			p.throwIfAny();
		}

		public Method method() {
			return method == null ? Method.PHONE : method;
		}

	}

}
