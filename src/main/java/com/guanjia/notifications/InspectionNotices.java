package com.guanjia.notifications;

import java.time.format.DateTimeFormatter;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.inspections.InspectionEvents.RectificationIssued;
import com.guanjia.inspections.InspectionEvents.RectificationOverdue;
import com.guanjia.inspections.InspectionEvents.RoundMissed;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about patrols (R11.1, R11.3): the supervisor, in the app and by SMS, of a
 * round nobody walked in its window; the contractor, by SMS, of a rectification notice
 * and its deadline; the supervisor of a notice past its deadline. One message per event
 * key.
 */
@Component
class InspectionNotices {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private final Notifications notifications;

	private final CommunityDirectory communities;

	InspectionNotices(Notifications notifications, CommunityDirectory communities) {
		this.notifications = notifications;
		this.communities = communities;
	}

	@ApplicationModuleListener
	void on(RoundMissed e) {
		String end = TIME.format(e.windowEnd().atZone(communities.timeZone(e.communityId())));
		String key = "round-missed:" + e.roundId();
		notifications.notify(e.communityId(), key, null, "SUPERVISOR", "notice.roundMissed",
				"/inspections/rounds/" + e.roundId(), e.title(), end);
		notifications.queue(e.communityId(), key, "SMS", "SUPERVISOR", null, null, "notice.roundMissed", e.title(),
				end);
	}

	@ApplicationModuleListener
	void on(RectificationIssued e) {
		if (e.contractorPhone() != null) {
			String deadline = TIME.format(e.deadline().atZone(communities.timeZone(e.communityId())));
			notifications.queue(e.communityId(), "rectification:" + e.rectificationId(), "SMS", null, null,
					e.contractorPhone(), "sms.rectification", e.contractorName(), e.place(), e.item(), deadline);
		}
	}

	@ApplicationModuleListener
	void on(RectificationOverdue e) {
		String deadline = TIME.format(e.deadline().atZone(communities.timeZone(e.communityId())));
		notifications.notify(e.communityId(), "rectification-overdue:" + e.rectificationId(), null, "SUPERVISOR",
				"notice.rectificationOverdue", "/inspections/rectifications", e.contractorName(), e.place(), e.item(),
				deadline);
	}

}
