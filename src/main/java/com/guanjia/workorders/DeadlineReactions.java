package com.guanjia.workorders;

import com.guanjia.scheduling.DeadlineEvents.DeadlineBreached;
import com.guanjia.scheduling.DeadlineEvents.DeadlineWarned;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderDeadlineNear;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderEscalated;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns missed and nearing deadlines of work orders into escalations (R4.2): the order
 * goes one level up — to the supervisor first, then to the centre manager (a major
 * complaint goes to the manager straight away) — with a line on its timeline and an event
 * the notifications module delivers. Each breached deadline escalates once: a redelivered
 * {@link DeadlineBreached} (a resubmitted publication) finds its deadline already
 * recorded in {@code work_order_escalation} and changes nothing; another deadline's
 * breach goes one level further.
 */
@Component
class DeadlineReactions {

	private final WorkOrderStore store;

	private final JdbcClient jdbc;

	DeadlineReactions(WorkOrderStore store, JdbcClient jdbc) {
		this.store = store;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(DeadlineBreached event) {
		escalate(event);
	}

	@Transactional
	void escalate(DeadlineBreached event) {
		if (!WorkOrderClocks.SUBJECT.equals(event.subjectType())) {
			return;
		}
		WorkOrder o = store.loadForSystem(event.communityId(), event.subjectId());
		if (!firstTime(o, event)) {
			return;
		}
		int level = o.escalate(event.kind().name() + " " + event.dueAt());
		String to = (o.severity == Severity.MAJOR || level >= 2) ? "MANAGER" : "SUPERVISOR";
		store.commit(o, WorkOrderAction.ESCALATE);
		store.publish(new WorkOrderEscalated(o.communityId, o.id, o.number, event.kind(), level, to,
				event.responsibleStaffId(), event.dueAt()));
	}

	/**
	 * Records that this deadline's breach is handled; false when it already was (the
	 * order row is locked, and the key decides between concurrent deliveries).
	 */
	private boolean firstTime(WorkOrder o, DeadlineBreached event) {
		return jdbc.sql("""
				insert into work_order_escalation (community_id, deadline_id, work_order_id, level, escalated_at)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(o.communityId, event.deadlineId(), o.id, o.escalationLevel + 1,
					WorkOrderRepository.utc(store.now()))
			.update() == 1;
	}

	@ApplicationModuleListener
	void on(DeadlineWarned event) {
		if (!WorkOrderClocks.SUBJECT.equals(event.subjectType())) {
			return;
		}
		WorkOrder o = store.loadForSystem(event.communityId(), event.subjectId());
		store.publish(new WorkOrderDeadlineNear(o.communityId, o.id, o.number, event.kind(), event.responsibleStaffId(),
				event.dueAt()));
	}

}
