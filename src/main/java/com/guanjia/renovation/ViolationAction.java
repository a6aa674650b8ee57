package com.guanjia.renovation;

import static com.guanjia.renovation.ViolationStatus.ESCALATED;
import static com.guanjia.renovation.ViolationStatus.FOUND;
import static com.guanjia.renovation.ViolationStatus.RECTIFYING;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a violation found on a daily check (R9.5; seed 003
 * "及时予以制止，联系业主告知相关事项并要求整改， 拒不整改的向上级汇报") and the states each may be taken from.
 * {@link SiteViolation} checks them; the page and the API offer what the violation
 * allows.
 */
public enum ViolationAction {

	/**
	 * A failed item of a daily check: the work is stopped on the spot (the first step).
	 */
	FIND(),

	/** The owner is told what to put right and by when. */
	DEMAND(FOUND),

	/** Put right: seen on the spot, by the deadline or after the escalation. */
	RECTIFY(FOUND, RECTIFYING, ESCALATED),

	/** The owner refuses to put it right: reported to the manager. */
	ESCALATE(RECTIFYING);

	private final Set<ViolationStatus> from;

	ViolationAction(ViolationStatus... from) {
		this.from = from.length == 0 ? EnumSet.noneOf(ViolationStatus.class) : EnumSet.of(from[0], from);
	}

	boolean allowedFrom(ViolationStatus status) {
		return from.contains(status);
	}

	public String messageKey() {
		return "violation.action." + name();
	}

}
