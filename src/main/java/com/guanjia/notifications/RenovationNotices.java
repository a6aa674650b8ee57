package com.guanjia.notifications;

import java.time.format.DateTimeFormatter;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.renovation.RenovationEvents.RenovationPermitted;
import com.guanjia.renovation.RenovationEvents.ViolationEscalated;
import com.guanjia.renovation.RenovationEvents.ViolationRectificationDemanded;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about renovations: engineering (the technicians) and security (the shift
 * leads), in the app and by SMS, of a permit issued (R9.3, seed 002 "通知维修部、安护部装修户情况");
 * the owner, by SMS, of a violation found on a daily check and its rectification
 * deadline; the manager, in the app and by SMS, of an owner who refuses to put it right
 * (R9.5, seed 003 "拒不整改的向上级汇报"). One message per event key.
 */
@Component
class RenovationNotices {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private static final String[] PERMIT_ROLES = { "TECHNICIAN", "SHIFT_LEAD" };

	private final Notifications notifications;

	private final CommunityDirectory communities;

	RenovationNotices(Notifications notifications, CommunityDirectory communities) {
		this.notifications = notifications;
		this.communities = communities;
	}

	@ApplicationModuleListener
	void on(RenovationPermitted e) {
		String link = "/renovations/" + e.renovationId();
		String period = e.from() + "~" + e.until();
		for (String role : PERMIT_ROLES) {
			String key = "renovation-permitted:" + e.renovationId() + ":" + role;
			notifications.notify(e.communityId(), key, null, role, "notice.renovationPermitted", link, e.unitLabel(),
					e.permitNumber(), period, e.contractorName());
			notifications.queue(e.communityId(), key, "SMS", role, null, null, "notice.renovationPermitted",
					e.unitLabel(), e.permitNumber(), period, e.contractorName());
		}
	}

	@ApplicationModuleListener
	void on(ViolationRectificationDemanded e) {
		if (e.ownerPhone() != null) {
			String deadline = TIME.format(e.deadline().atZone(communities.timeZone(e.communityId())));
			notifications.queue(e.communityId(), "renovation-violation:" + e.violationId(), "SMS", null, null,
					e.ownerPhone(), "sms.renovationViolation", e.ownerName(), e.unitLabel(), e.item(), deadline);
		}
	}

	@ApplicationModuleListener
	void on(ViolationEscalated e) {
		String key = "renovation-escalated:" + e.violationId();
		notifications.notify(e.communityId(), key, null, "MANAGER", "notice.renovationEscalated",
				"/renovations/" + e.renovationId(), e.unitLabel(), e.ownerName(), e.item(), e.note());
		notifications.queue(e.communityId(), key, "SMS", "MANAGER", null, null, "notice.renovationEscalated",
				e.unitLabel(), e.ownerName(), e.item(), e.note());
	}

}
