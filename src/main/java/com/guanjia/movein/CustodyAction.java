package com.guanjia.movein;

import static com.guanjia.movein.CustodyStatus.ACTIVE;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a custody agreement (R8.4) and the states each may be taken from;
 * {@link CustodyAgreement} checks them, pages and the API offer what it allows.
 */
public enum CustodyAction {

	/** The agreement is signed: its period and the keys held (the first step). */
	SIGN(),
	/** A meter excess flagged on it was explained and cleared. */
	CLEAR_EXCESS(ACTIVE),
	/** The owner takes the unit back. */
	END(ACTIVE);

	private final Set<CustodyStatus> from;

	CustodyAction(CustodyStatus... from) {
		this.from = from.length == 0 ? EnumSet.noneOf(CustodyStatus.class) : EnumSet.of(from[0], from);
	}

	boolean allowedFrom(CustodyStatus status) {
		return from.contains(status);
	}

	public String messageKey() {
		return "custody.action." + name();
	}

}
