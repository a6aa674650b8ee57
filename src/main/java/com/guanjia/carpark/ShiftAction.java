package com.guanjia.carpark;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a shift's handover log (R12.4) and the states each may be taken from;
 * {@link ShiftLog} checks them.
 */
public enum ShiftAction {

	/** The shift starts its log. */
	OPEN(),
	/** Handed over: the form's counts and fees filled in, the taker named. */
	CLOSE(ShiftStatus.OPEN),
	/** The director signs (主任签字). */
	SIGN(ShiftStatus.CLOSED);

	private final Set<ShiftStatus> from;

	ShiftAction(ShiftStatus... from) {
		this.from = from.length == 0 ? EnumSet.noneOf(ShiftStatus.class) : EnumSet.of(from[0], from);
	}

	boolean allowedFrom(ShiftStatus status) {
		return from.contains(status);
	}

	public String messageKey() {
		return "carpark.shiftAction." + name();
	}

}
