package com.guanjia.keys;

import static com.guanjia.keys.MailStatus.WAITING;

import java.util.EnumSet;
import java.util.Set;

/** The steps of a letter or parcel at the desk and the states each may be taken from. */
public enum MailAction {

	/** Logged for a unit (the first step; the resident is told through the outbox). */
	LOG(),
	/** Handed to a resident, who is named. */
	HAND_OVER(WAITING),
	/** Put in the unit's letterbox. */
	BOX(WAITING),
	/** Sent back (wrong address, refused, never collected). */
	RETURN(WAITING);

	private final Set<MailStatus> from;

	MailAction(MailStatus... from) {
		this.from = from.length == 0 ? EnumSet.noneOf(MailStatus.class) : EnumSet.of(from[0], from);
	}

	boolean allowedFrom(MailStatus status) {
		return from.contains(status);
	}

	public String messageKey() {
		return "mail.action." + name();
	}

}
