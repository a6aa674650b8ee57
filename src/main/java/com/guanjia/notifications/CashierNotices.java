package com.guanjia.notifications;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.guanjia.cashier.CashierEvents.DailyCloseDue;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.security.Role;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the community's cashiers half an hour before the business day ends to fill in the
 * daily income handover (日收入情况交接表, seed 004 "每工作日結束前半小時", R6.6). Keyed by community and
 * day, so a redelivered event tells nobody twice.
 */
@Component
class CashierNotices {

	private final Notifications notifications;

	private final CommunityDirectory communities;

	CashierNotices(Notifications notifications, CommunityDirectory communities) {
		this.notifications = notifications;
		this.communities = communities;
	}

	@ApplicationModuleListener
	void on(DailyCloseDue e) {
		remind(e);
	}

	@Transactional
	void remind(DailyCloseDue e) {
		ZoneId zone = communities.timeZone(e.communityId());
		String closes = DateTimeFormatter.ofPattern("HH:mm").withZone(zone).format(e.closesAt());
		notifications.notify(e.communityId(), "close-due:" + e.communityId() + ":" + e.businessDay(), null,
				Role.CASHIER.name(), "notice.closeDue", "/cashier/close", closes);
	}

}
