package com.guanjia.workorders;

import com.guanjia.scheduling.DeadlineEvents.DeadlineBreached;
import com.guanjia.scheduling.DeadlineEvents.DeadlineWarned;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderDeadlineNear;

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

	DeadlineReactions(WorkOrderStore store) {
		this.store = store;
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
		// The order row is locked; the key decides between concurrent deliveries.
		if (!store.orders.recordEscalation(o, event.deadlineId(), o.escalationLevel() + 1, store.now())) {
			return;
		}
		o.escalate(event.kind(), event.dueAt(), event.responsibleStaffId());
		store.commit(o, WorkOrderAction.ESCALATE);
	}

	@ApplicationModuleListener
	void on(DeadlineWarned event) {
		if (!WorkOrderClocks.SUBJECT.equals(event.subjectType())) {
			return;
		}
		WorkOrder o = store.loadForSystem(event.communityId(), event.subjectId());
		store.publish(new WorkOrderDeadlineNear(o.communityId(), o.id(), o.number(), event.kind(),
				event.responsibleStaffId(), event.dueAt()));
	}

}
