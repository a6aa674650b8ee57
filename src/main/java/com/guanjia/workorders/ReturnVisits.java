package com.guanjia.workorders;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.guanjia.access.StaffManagement;
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
import com.guanjia.workorders.WorkOrderEvents.WorkOrderCompleted;
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

	private final FirstContacts firstContacts;

	private final StaffManagement staff;

	ReturnVisits(ReturnVisitRepository visits, WorkOrderStore store, WorkOrderClocks clocks, Deadlines deadlines,
			FirstContacts firstContacts, StaffManagement staff) {
		this.firstContacts = firstContacts;
		this.staff = staff;
		this.visits = visits;
		this.store = store;
		this.clocks = clocks;
		this.deadlines = deadlines;
	}

	/**
	 * Schedules the visit of a repair when its work is done (R5.1, issue 10 item 6): seed
	 * 002 "属安全设施维修2天内回访；房屋渗漏水项目维修试漏后3天内回访；其他维修项目2天内回访" counts from the repair (or the
	 * leak test), not from the resident's signature — a repair completed and never signed
	 * still gets its visit. Once per completion round, however often the event comes.
	 */
	@ApplicationModuleListener
	void on(WorkOrderCompleted event) {
		if (event.kind().visitedOnSite()) {
			schedule(event.communityId(), event.workOrderId(), event.kind(), event.leak(), event.safety(),
					event.completedAt(), event.leakTestAt(), event.round());
		}
	}

	/**
	 * Schedules the visit of a closed complaint (once per closing); for a repair, whose
	 * visit was scheduled when it was completed, this finds it there already.
	 */
	@ApplicationModuleListener
	void on(WorkOrderClosed event) {
		schedule(event);
	}

	void schedule(WorkOrderClosed e) {
		schedule(e.communityId(), e.workOrderId(), e.kind(), e.leak(), e.safety(), e.closedAt(), e.leakTestAt(),
				e.round());
	}

	private void schedule(long communityId, long workOrderId, WorkOrderKind kind, boolean leak, boolean safety,
			Instant doneAt, @Nullable Instant leakTestAt, int round) {
		if (!kind.returnVisit()) {
			return;
		}
		String rule;
		DeadlineRule defaultRule;
		Instant from = doneAt;
		if (kind.graded()) {
			rule = "RETURN_VISIT.COMPLAINT";
			defaultRule = WorkOrderDeadlineRules.VISIT_COMPLAINT;
		}
		else if (leak) {
			rule = "RETURN_VISIT.LEAK";
			defaultRule = WorkOrderDeadlineRules.VISIT_LEAK;
			from = leakTestAt != null ? leakTestAt : doneAt;
		}
		else if (safety) {
			rule = "RETURN_VISIT.SAFETY";
			defaultRule = WorkOrderDeadlineRules.VISIT_SAFETY;
		}
		else {
			rule = "RETURN_VISIT.OTHER";
			defaultRule = WorkOrderDeadlineRules.VISIT_OTHER;
		}
		Instant start = from;
		visits.insert(communityId, workOrderId, round, start).ifPresent(id -> {
			DeadlineView clock = deadlines.startFrom(communityId, Deadlines.Subject.of(SUBJECT, id), DeadlineKind.VISIT,
					rule, defaultRule, start, null, 0);
			visits.due(communityId, id, clock.dueAt());
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
		return shown(communityId, visits.notDone(communityId, store.showsPhones()));
	}

	/**
	 * The visits as shown, each with the first contact of its order (R4.3) and its
	 * attempts that did not reach the resident (R5.1).
	 */
	private List<ReturnVisitView> shown(long communityId, List<ReturnVisitView> list) {
		var contacts = firstContacts.of(communityId, list.stream().map(ReturnVisitView::workOrderId).toList());
		var attempts = visits.attempts(communityId, list.stream().map(ReturnVisitView::id).toList());
		return list.stream()
			.map(v -> v.with(contacts.get(v.workOrderId()), attempts.getOrDefault(v.id(), List.of())))
			.toList();
	}

	@Transactional(readOnly = true)
	public ReturnVisitView get(long visitId) {
		store.scope.require(Permission.WORKORDER_READ);
		ReturnVisitView visit = visits.find(store.scope.allowedIds(), visitId, store.showsPhones())
			.orElseThrow(() -> new NotFoundException("returnVisit", visitId));
		return shown(visit.communityId(), List.of(visit)).get(0);
	}

	List<ReturnVisitView> ofOrder(long communityId, long workOrderId) {
		return shown(communityId, visits.ofOrder(communityId, workOrderId, store.showsPhones()));
	}

	/** The outcome of a visit; "not satisfied" reopens the order for rework (R5.1). */
	public ReturnVisitView record(long visitId, VisitOutcome outcome) {
		store.scope.require(Permission.RETURN_VISIT);
		outcome.validate();
		// The order first, locked: a visit recorded meanwhile (a double submit, two
		// agents) is seen below and refused, not noted and reopened twice.
		WorkOrder o = store.load(WorkOrderId.of(get(visitId).workOrderId()));
		ReturnVisitView visit = get(visitId);
		if (visit.done()) {
			throw new RuleViolationException("returnVisit.done", visit.number());
		}
		String comment = OpenWorkOrder.blankToNull(outcome.comment());
		// Shown as it is on the order's timeline: words, not codes (issue 10 item 19).
		String note = (outcome.pleased() ? "满意" : "不满意") + "，" + outcome.score() + "/5"
				+ (comment == null ? "" : "：" + comment);
		o.note(WorkOrderAction.VISIT, note);
		visits.made(o.communityId(), visitId, store.now(), store.scope.actor(), outcome, comment);
		deadlines.meet(o.communityId(), Deadlines.Subject.of(SUBJECT, visitId), DeadlineKind.VISIT);
		if (!outcome.pleased()) {
			o.reopen(comment == null ? "return visit: not satisfied" : comment);
			clocks.reopened(o);
		}
		store.commit(o, outcome.pleased() ? WorkOrderAction.VISIT : WorkOrderAction.REOPEN);
		return get(visitId);
	}

	/**
	 * A visit that did not reach the resident (R5.1, issue 10 item 10). Seed 002:
	 * "回访可上门或电话回访"; seed 001 3.4(2): "如住戶因事外出，則視情況等待5-10分鐘，方可返回" — in person and nobody
	 * home (a notice left at the door), or by phone and nobody answering. Recorded as an
	 * attempt (who, when, how, what was left) on the visit and on the order's timeline;
	 * the visit stays pending: it is not an outcome and does not count as made in the
	 * return-visit rate (R16.1: "回访率100%" is of visits made).
	 */
	public ReturnVisitView attempt(long visitId, VisitAttempt attempt) {
		store.scope.require(Permission.RETURN_VISIT);
		attempt.validate();
		// The order first, locked: a visit recorded meanwhile is seen below.
		WorkOrder o = store.load(WorkOrderId.of(get(visitId).workOrderId()));
		ReturnVisitView visit = get(visitId);
		if (visit.done()) {
			throw new RuleViolationException("returnVisit.done", visit.number());
		}
		String note = OpenWorkOrder.blankToNull(attempt.note());
		Method method = Objects.requireNonNull(attempt.method());
		Instant now = store.now();
		o.visitUnreached(visitId, method, note, now);
		long me = store.scope.staffId();
		visits.attempted(o.communityId(), visitId, now, me, staff.displayName(me).orElse(store.scope.actor()), method,
				note);
		store.commit(o, WorkOrderAction.UNREACHED);
		return get(visitId);
	}

	/**
	 * An attempt that did not reach the resident: how (in person and nobody home, or by
	 * phone and no answer) and, optionally, what was left or noted ("门上留了回访卡").
	 */
	public record VisitAttempt(@Nullable Method method, @Nullable String note) {

		void validate() {
			Problems p = new Problems();
			p.required("method", method);
			p.optionalText("note", note, 500);
			p.throwIfAny();
		}

	}

	/** How a visit was made: by phone or in person (R5.1). */
	public enum Method {

		PHONE, VISIT;

		public String messageKey() {
			return "returnVisit.method." + name();
		}

	}

	/**
	 * What the resident said. Nothing is assumed (issue 10 item 15, R16.1): how the visit
	 * was made, whether the resident is satisfied and the score are each given, or the
	 * visit is not recorded — a visit that never happened must not count as a satisfied
	 * one (seed 002: "对维修服务回访处理率达100%").
	 */
	public record VisitOutcome(@Nullable Method method, @Nullable Boolean satisfied, @Nullable Integer score,
			@Nullable String comment) {

		void validate() {
			Problems p = new Problems();
			p.required("method", method);
			p.required("satisfied", satisfied);
			p.required("score", score);
			p.check(score == null || (score >= 1 && score <= 5), "score", "validation.range", 1, 5);
			p.optionalText("comment", comment, 1000);
			p.check(!Boolean.FALSE.equals(satisfied) || (comment != null && !comment.isBlank()), "comment",
					"validation.visit.commentNeeded");
			p.throwIfAny();
		}

		/** Satisfied, once validated. */
		boolean pleased() {
			return Boolean.TRUE.equals(satisfied);
		}

		public Method method() {
			return method == null ? Method.PHONE : method;
		}

	}

}
