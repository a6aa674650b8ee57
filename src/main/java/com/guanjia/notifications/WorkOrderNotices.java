package com.guanjia.notifications;

import java.time.format.DateTimeFormatter;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.workorders.WorkOrderEvents.ComplaintRaised;
import com.guanjia.workorders.WorkOrderEvents.DepartmentTaskRaised;
import com.guanjia.workorders.WorkOrderEvents.ReturnVisitOverdue;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderCompleted;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderDeadlineNear;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderDispatched;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderEscalated;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderReopened;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about work orders (R4.2): the technician of a dispatch, the person
 * responsible before a deadline, the next level (supervisor, then manager) at a breach —
 * in the app and by SMS — and the resident's confirmation code when a repair is done.
 */
@Component
class WorkOrderNotices {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private final Notifications notifications;

	private final CommunityDirectory communities;

	WorkOrderNotices(Notifications notifications, CommunityDirectory communities) {
		this.notifications = notifications;
		this.communities = communities;
	}

	private static String link(long id) {
		return "/work-orders/" + id;
	}

	@ApplicationModuleListener
	void on(WorkOrderDispatched e) {
		notifications.notify(e.communityId(), "dispatch:" + e.workOrderId() + ":" + e.technicianId(), e.technicianId(),
				null, "notice.dispatched", link(e.workOrderId()), e.number());
	}

	@ApplicationModuleListener
	void on(WorkOrderDeadlineNear e) {
		String due = TIME.format(e.dueAt().atZone(communities.timeZone(e.communityId())));
		String key = "near:" + e.workOrderId() + ":" + e.deadline() + ":" + e.dueAt();
		if (e.responsibleStaffId() != null) {
			notifications.notify(e.communityId(), key, e.responsibleStaffId(), null, "notice.near",
					link(e.workOrderId()), e.number(), "#deadline.kind." + e.deadline(), due);
		}
		else {
			notifications.notify(e.communityId(), key, null, "AGENT", "notice.near", link(e.workOrderId()), e.number(),
					"#deadline.kind." + e.deadline(), due);
		}
	}

	@ApplicationModuleListener
	void on(WorkOrderEscalated e) {
		String due = TIME.format(e.dueAt().atZone(communities.timeZone(e.communityId())));
		String key = "escalated:" + e.workOrderId() + ":" + e.level();
		notifications.notify(e.communityId(), key, null, e.escalateTo(), "notice.escalated", link(e.workOrderId()),
				e.number(), "#deadline.kind." + e.deadline(), due, String.valueOf(e.level()));
		if (e.responsibleStaffId() != null) {
			notifications.notify(e.communityId(), key + ":responsible", e.responsibleStaffId(), null, "notice.breached",
					link(e.workOrderId()), e.number(), "#deadline.kind." + e.deadline(), due);
		}
		notifications.queue(e.communityId(), key, "SMS", e.escalateTo(), null, null, "notice.escalated", e.number(),
				"#deadline.kind." + e.deadline(), due, String.valueOf(e.level()));
	}

	@ApplicationModuleListener
	void on(ComplaintRaised e) {
		String key = "complaint:" + e.workOrderId();
		// R4.2: an important complaint goes to the head of the responsible department,
		// not to every supervisor.
		Long head = e.escalateToStaffId();
		String role = head == null ? e.escalateTo() : null;
		notifications.notify(e.communityId(), key, head, role, "notice.complaint", link(e.workOrderId()), e.number(),
				"#complaint.severity." + e.severity());
		notifications.queue(e.communityId(), key, "SMS", role, head, null, "notice.complaint", e.number(),
				"#complaint.severity." + e.severity());
	}

	@ApplicationModuleListener
	void on(WorkOrderCompleted e) {
		if (e.reporterPhone() != null && e.confirmationCode() != null) {
			notifications.queue(e.communityId(), "completed:" + e.workOrderId() + ":" + e.confirmationCode(), "SMS",
					null, null, e.reporterPhone(), "notice.confirmationCode", e.number(), e.confirmationCode());
		}
	}

	/**
	 * A task the system raised for a department (engineering): its technicians and its
	 * lead see it in the app.
	 */
	@ApplicationModuleListener
	void on(DepartmentTaskRaised e) {
		String due = TIME.format(e.dueAt().atZone(communities.timeZone(e.communityId())));
		String key = "task:" + e.workOrderId();
		notifications.notify(e.communityId(), key, null, "TECHNICIAN", "notice.departmentTask", link(e.workOrderId()),
				e.number(), "#department." + e.department(), due, e.description());
		if (e.leadStaffId() != null) {
			notifications.notify(e.communityId(), key, e.leadStaffId(), null, "notice.departmentTask",
					link(e.workOrderId()), e.number(), "#department." + e.department(), due, e.description());
		}
	}

	@ApplicationModuleListener
	void on(WorkOrderReopened e) {
		if (e.technicianId() != null) {
			notifications.notify(e.communityId(), "reopened:" + e.workOrderId() + ":" + e.reason().hashCode(),
					e.technicianId(), null, "notice.reopened", link(e.workOrderId()), e.number(), e.reason());
		}
	}

	/**
	 * A return visit is overdue (R5.1): the agents who make visits and the supervisor see
	 * it in the app.
	 */
	@ApplicationModuleListener
	void on(ReturnVisitOverdue e) {
		String due = TIME.format(e.dueAt().atZone(communities.timeZone(e.communityId())));
		String key = "visit-overdue:" + e.visitId();
		for (String role : new String[] { "AGENT", "SUPERVISOR" }) {
			notifications.notify(e.communityId(), key, null, role, "notice.visitOverdue", "/return-visits", e.number(),
					due);
		}
	}

}
