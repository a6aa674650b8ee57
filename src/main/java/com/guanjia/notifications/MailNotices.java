package com.guanjia.notifications;

import java.util.ArrayList;
import java.util.List;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.keys.KeyEvents.MailLogged;
import com.guanjia.notifications.Notifications.Sms;
import com.guanjia.residents.ResidentDirectory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a unit's owners by SMS that a letter or parcel waits for them at the desk (R10.3;
 * seed 003: "将入住业户的信件投放至信箱，电话或短信告知业户信息"): one message to each of their mobiles, keyed by
 * the item and the phone, so a redelivered event sends nothing twice. When no owner has a
 * mobile, the desk is told to call instead.
 */
@Component
class MailNotices {

	private final Notifications notifications;

	private final ResidentDirectory residents;

	private final CommunityDirectory communities;

	MailNotices(Notifications notifications, ResidentDirectory residents, CommunityDirectory communities) {
		this.notifications = notifications;
		this.residents = residents;
		this.communities = communities;
	}

	@ApplicationModuleListener
	void on(MailLogged e) {
		tell(e);
	}

	/**
	 * The listener's work, in one transaction (a test calls it to redeliver the event
	 * synchronously).
	 */
	@Transactional
	void tell(MailLogged e) {
		long c = e.communityId();
		List<String> phones = residents.ownerMobilesForMessages(c, List.of(e.unitId()))
			.getOrDefault(e.unitId(), List.of());
		String kind = "#" + e.kind().messageKey();
		if (phones.isEmpty()) {
			notifications.notify(c, "mail-unsent:" + e.mailId(), null, "AGENT", "notice.mailUnsent",
					"/mail/" + e.mailId(), e.unitLabel(), kind);
			return;
		}
		String community = communities.names(List.of(c)).getOrDefault(c, "");
		List<Sms> messages = new ArrayList<>();
		for (String phone : phones) {
			messages.add(new Sms("mail:" + e.mailId() + ":" + phone, phone, community, e.unitLabel(), kind));
		}
		notifications.queueAll(c, "sms.mailArrived", messages);
	}

}
