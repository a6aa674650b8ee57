package com.guanjia.notifications;

import java.time.format.DateTimeFormatter;

import com.guanjia.desk.DeskEvents.ReplyDueSoon;
import com.guanjia.desk.DeskEvents.ReplyOverdue;
import com.guanjia.estate.CommunityDirectory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reminds the agent of a reply agreed with a resident (R2.2): before it is due (at the
 * rule's warning share) and when it is late.
 */
@Component
class DeskNotices {

	private final Notifications notifications;

	private final CommunityDirectory communities;

	DeskNotices(Notifications notifications, CommunityDirectory communities) {
		this.notifications = notifications;
		this.communities = communities;
	}

	@ApplicationModuleListener
	void on(ReplyDueSoon e) {
		notifications.notify(e.communityId(), "replySoon:" + e.recordId() + ":" + e.agreedReplyAt(), e.agentStaffId(),
				null, "notice.replySoon", "/desk/records/" + e.recordId(), String.valueOf(e.recordId()),
				local(e.communityId(), e.agreedReplyAt()));
	}

	private String local(long communityId, java.time.Instant at) {
		return DateTimeFormatter.ofPattern("MM-dd HH:mm").format(at.atZone(communities.timeZone(communityId)));
	}

	@ApplicationModuleListener
	void on(ReplyOverdue e) {
		String at = DateTimeFormatter.ofPattern("MM-dd HH:mm")
			.format(e.agreedReplyAt().atZone(communities.timeZone(e.communityId())));
		notifications.notify(e.communityId(), "reply:" + e.recordId() + ":" + e.agreedReplyAt(), e.agentStaffId(), null,
				"notice.replyDue", "/desk/records/" + e.recordId(), String.valueOf(e.recordId()), at);
	}

}
