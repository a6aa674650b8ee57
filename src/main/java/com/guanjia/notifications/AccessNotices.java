package com.guanjia.notifications;

import com.guanjia.access.AccessEvents.DepartmentLeadCleared;
import com.guanjia.platform.security.Role;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the community's manager that a department has lost its lead (the lead's account
 * was disabled, or the lead left the department), so that a new lead is named: work that
 * goes to a lead (department tasks, public-facility sign-off, R3.6) needs one.
 */
@Component
class AccessNotices {

	private final Notifications notifications;

	AccessNotices(Notifications notifications) {
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(DepartmentLeadCleared e) {
		notifications.notify(e.communityId(),
				"leadCleared:" + e.departmentId() + ":" + e.staffId() + ":" + e.clearedAt().toEpochMilli(), null,
				Role.MANAGER.name(), "notice.departmentLeadCleared." + e.why().name(), "/departments", e.staffName(),
				e.department());
	}

}
