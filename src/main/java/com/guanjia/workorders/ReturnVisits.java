package com.guanjia.workorders;

import com.guanjia.shared.Masking;
import java.sql.ResultSet;
import java.sql.SQLException;
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

import org.springframework.jdbc.core.simple.JdbcClient;
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

	private static final String COLUMNS = """
			v.id, v.community_id, v.work_order_id, o.number, o.kind, o.unit_label, o.reporter_name, o.reporter_phone,
			v.round, v.due_at, v.done_at, v.done_by, v.method, v.satisfied, v.score, v.comment""";

	private final JdbcClient jdbc;

	private final WorkOrderStore store;

	private final WorkOrderClocks clocks;

	private final Deadlines deadlines;

	ReturnVisits(JdbcClient jdbc, WorkOrderStore store, WorkOrderClocks clocks, Deadlines deadlines) {
		this.jdbc = jdbc;
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
		if (!(e.kind().isRepair() || e.kind() == WorkOrderKind.COMPLAINT)) {
			return;
		}
		String rule;
		DeadlineRule defaultRule;
		Instant from = e.closedAt();
		if (e.kind() == WorkOrderKind.COMPLAINT) {
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
		Long id = jdbc.sql("""
				insert into return_visit (community_id, work_order_id, round, due_at) values (?, ?, ?, ?)
				on conflict (community_id, work_order_id, round) do nothing returning id""")
			.params(e.communityId(), e.workOrderId(), e.round(), WorkOrderRepository.utc(from))
			.query(Long.class)
			.optional()
			.orElse(null);
		if (id == null) {
			return;
		}
		DeadlineView clock = deadlines.startFrom(e.communityId(), Deadlines.Subject.of(SUBJECT, id), DeadlineKind.VISIT,
				rule, defaultRule, from, null, 0);
		jdbc.sql("update return_visit set due_at = ? where community_id = ? and id = ?")
			.params(WorkOrderRepository.utc(clock.dueAt()), e.communityId(), id)
			.update();
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
		jdbc.sql("""
				select o.id, o.number from return_visit v
				  join work_order o on o.community_id = v.community_id and o.id = v.work_order_id
				where v.community_id = ? and v.id = ? and v.done_at is null""")
			.params(e.communityId(), e.subjectId())
			.query((rs, i) -> new ReturnVisitOverdue(e.communityId(), e.subjectId(), rs.getLong(1), rs.getString(2),
					e.dueAt()))
			.optional()
			.ifPresent(store::publish);
	}

	/** Visits not yet made, the earliest due first (the agent's list). */
	@Transactional(readOnly = true)
	public List<ReturnVisitView> due(long communityId) {
		store.scope.require(Permission.RETURN_VISIT);
		store.scope.require(communityId);
		return jdbc.sql("select " + COLUMNS + """
				 from return_visit v join work_order o on o.community_id = v.community_id and o.id = v.work_order_id
				where v.community_id = ? and v.done_at is null order by v.due_at, v.id""")
			.param(communityId)
			.query(this::map)
			.list();
	}

	@Transactional(readOnly = true)
	public ReturnVisitView get(long visitId) {
		store.scope.require(Permission.WORKORDER_READ);
		return jdbc.sql("select " + COLUMNS + """
				 from return_visit v join work_order o on o.community_id = v.community_id and o.id = v.work_order_id
				where v.community_id = any(?) and v.id = ?""")
			.params(store.scope.allowedIds().toArray(Long[]::new), visitId)
			.query(this::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("returnVisit", visitId));
	}

	List<ReturnVisitView> ofOrder(long communityId, long workOrderId) {
		return jdbc.sql("select " + COLUMNS + """
				 from return_visit v join work_order o on o.community_id = v.community_id and o.id = v.work_order_id
				where v.community_id = ? and v.work_order_id = ? order by v.round""")
			.params(communityId, workOrderId)
			.query(this::map)
			.list();
	}

	/** The outcome of a visit; "not satisfied" reopens the order for rework (R5.1). */
	public ReturnVisitView record(long visitId, VisitOutcome outcome) {
		store.scope.require(Permission.RETURN_VISIT);
		outcome.validate();
		ReturnVisitView visit = get(visitId);
		if (visit.done()) {
			throw new RuleViolationException("returnVisit.done", visit.number());
		}
		WorkOrder o = store.load(visit.workOrderId());
		String note = (outcome.satisfied() ? "satisfied" : "not satisfied") + ", " + outcome.score() + "/5"
				+ (outcome.comment() == null || outcome.comment().isBlank() ? "" : ": " + outcome.comment().strip());
		o.note(WorkOrderAction.VISIT, note);
		jdbc.sql("""
				update return_visit set done_at = ?, done_by = ?, method = ?, satisfied = ?, score = ?, comment = ?
				where community_id = ? and id = ? and done_at is null""")
			.params(WorkOrderRepository.utc(store.now()), store.scope.actor(), outcome.method().name(),
					outcome.satisfied(), outcome.score(), OpenWorkOrder.blankToNull(outcome.comment()), o.communityId,
					visitId)
			.update();
		deadlines.meet(o.communityId, Deadlines.Subject.of(SUBJECT, visitId), DeadlineKind.VISIT);
		if (!outcome.satisfied()) {
			o.reopen(outcome.comment() == null || outcome.comment().isBlank() ? "return visit: not satisfied"
					: outcome.comment().strip());
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

	private ReturnVisitView map(ResultSet rs, int row) throws SQLException {
		String phone = rs.getString("reporter_phone");
		if (phone != null && !store.showsPhones()) {
			phone = Masking.phone(phone);
		}
		return new ReturnVisitView(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("work_order_id"),
				rs.getString("number"), WorkOrderKind.valueOf(rs.getString("kind")), rs.getString("unit_label"),
				rs.getString("reporter_name"), phone, rs.getInt("round"), rs.getTimestamp("due_at").toInstant(),
				WorkOrderRepository.instant(rs, "done_at"), rs.getString("done_by"), rs.getString("method"),
				(Boolean) rs.getObject("satisfied"), (Integer) rs.getObject("score"), rs.getString("comment"));
	}

}
