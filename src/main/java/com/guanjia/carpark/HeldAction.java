package com.guanjia.carpark;

import static com.guanjia.carpark.HeldStatus.HELD;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a held vehicle and the states each may be taken from; {@link HeldVehicle}
 * checks them.
 */
public enum HeldAction {

	/** Held at the exit (its first step). */
	HOLD(),
	/** A copy of the owner's documents or the signed statement is kept (uploaded). */
	ADD_DOCUMENT(HELD),
	/** The police were called (seed 001 item 8 "与巡警取得联系"). */
	CALL_POLICE(HELD),
	/** Released by the shift lead after checking the documents and taking the fee. */
	RELEASE(HELD),
	/** It forced its way out (R12.5). */
	FORCE_OUT(HELD),
	/** The driver left it (R12.5). */
	ABANDON(HELD);

	private final Set<HeldStatus> from;

	HeldAction(HeldStatus... from) {
		this.from = from.length == 0 ? EnumSet.noneOf(HeldStatus.class) : EnumSet.of(from[0], from);
	}

	boolean allowedFrom(HeldStatus status) {
		return from.contains(status);
	}

	public String messageKey() {
		return "carpark.heldAction." + name();
	}

}
