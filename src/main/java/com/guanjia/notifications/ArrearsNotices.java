package com.guanjia.notifications;

import java.util.ArrayList;
import java.util.List;

import com.guanjia.arrears.ArrearsEvents.DunningStepTaken;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitManagement;
import com.guanjia.notifications.Notifications.Sms;
import com.guanjia.residents.ResidentDirectory;
import com.guanjia.shared.Money;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the reminder of the dunning ladder (R6.7) when it is recorded as sent by SMS: one
 * message to each mobile of the unit's owners with what the unit owes. A reminder by
 * phone is a call the staff member made, and the demand letter stays a printed letter, so
 * neither sends anything. When no owner has a mobile, the staff member who recorded the
 * step is told to call instead. The event key names the recorded action, so a redelivered
 * event sends nothing twice while a later reminder of the same unit is sent again.
 */
@Component
class ArrearsNotices {

	static final String SMS = "SMS";

	private final Notifications notifications;

	private final ResidentDirectory residents;

	private final UnitManagement units;

	private final CommunityDirectory communities;

	ArrearsNotices(Notifications notifications, ResidentDirectory residents, UnitManagement units,
			CommunityDirectory communities) {
		this.notifications = notifications;
		this.residents = residents;
		this.units = units;
		this.communities = communities;
	}

	@ApplicationModuleListener
	void on(DunningStepTaken e) {
		remind(e);
	}

	/**
	 * The listener's work, in one transaction (a test calls it to redeliver the event
	 * synchronously).
	 */
	@Transactional
	void remind(DunningStepTaken e) {
		if (!SMS.equals(e.channel()) || e.actionId() == 0) {
			return;
		}
		long c = e.communityId();
		String label = units.labels(c, List.of(e.unitId())).getOrDefault(e.unitId(), "#" + e.unitId());
		List<String> phones = residents.ownerMobilesForMessages(c, List.of(e.unitId()))
			.getOrDefault(e.unitId(), List.of());
		if (phones.isEmpty()) {
			if (e.staffId() != 0) {
				notifications.notify(c, "dunning-unsent:" + e.actionId(), e.staffId(), null, "notice.reminderUnsent",
						"/arrears/units/" + e.unitId(), label);
			}
			return;
		}
		String community = communities.names(List.of(c)).getOrDefault(c, "");
		String owed = Money.of(e.owed()).toString();
		List<Sms> messages = new ArrayList<>();
		for (String phone : phones) {
			messages.add(new Sms("dunning:" + e.actionId() + ":" + phone, phone, community, label, owed));
		}
		notifications.queueAll(c, "sms.dunningReminder", messages);
	}

}
