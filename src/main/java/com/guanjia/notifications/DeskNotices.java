package com.guanjia.notifications;

import java.time.format.DateTimeFormatter;

import com.guanjia.desk.DeskEvents.ReplyOverdue;
import com.guanjia.estate.CommunityDirectory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Reminds the agent of a reply agreed with a resident that is now late (R2.2). */
@Component
class DeskNotices {

	private final Notifications notifications;

	private final CommunityDirectory communities;

	DeskNotices(Notifications notifications, CommunityDirectory communities) {
		this.notifications = notifications;
		this.communities = communities;
	}

	@ApplicationModuleListener
	void on(ReplyOverdue e) {
		String at = DateTimeFormatter.ofPattern("MM-dd HH:mm")
			.format(e.agreedReplyAt().atZone(communities.timeZone(e.communityId())));
		notifications.notify(e.communityId(), "reply:" + e.recordId() + ":" + e.agreedReplyAt(), e.agentStaffId(), null,
				"notice.replyDue", "/desk/records/" + e.recordId(), String.valueOf(e.recordId()), at);
	}

}
