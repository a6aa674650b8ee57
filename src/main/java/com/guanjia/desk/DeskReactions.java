package com.guanjia.desk;

import com.guanjia.scheduling.DeadlineEvents.DeadlineBreached;
import com.guanjia.scheduling.DeadlineEvents.DeadlineWarned;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderClosed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the reception log in step with what happens elsewhere: a work order made from a
 * record closes the record's loop; a reply time (R2.2) coming near, and then missed, is
 * reported to the agent.
 */
@Component
class DeskReactions {

	private final ReceptionDesk desk;

	private final ApplicationEventPublisher events;

	DeskReactions(ReceptionDesk desk, ApplicationEventPublisher events) {
		this.desk = desk;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(WorkOrderClosed event) {
		desk.orderClosed(event.communityId(), event.workOrderId());
	}

	@ApplicationModuleListener
	void on(DeadlineWarned event) {
		if (ReceptionDesk.SUBJECT.equals(event.subjectType()) && event.responsibleStaffId() != null) {
			events.publishEvent(new DeskEvents.ReplyDueSoon(event.communityId(), event.subjectId(),
					event.responsibleStaffId(), event.dueAt()));
		}
	}

	@ApplicationModuleListener
	void on(DeadlineBreached event) {
		if (ReceptionDesk.SUBJECT.equals(event.subjectType()) && event.responsibleStaffId() != null) {
			events.publishEvent(new DeskEvents.ReplyOverdue(event.communityId(), event.subjectId(),
					event.responsibleStaffId(), event.dueAt()));
		}
	}

}
