package com.guanjia.carpark;

import static com.guanjia.carpark.FindingStatus.OPEN;
import static com.guanjia.carpark.FindingStatus.CLEARED;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a space check finding and the states each may be taken from;
 * {@link SpaceCheckFinding} checks them.
 */
public enum FindingAction {

	/** The monthly check found it (its first step). */
	FIND(),
	/** Someone put it right and says how. */
	RESOLVE(OPEN),
	/** A later run of the check no longer finds it. */
	CLEAR(OPEN),
	/** A later run finds a cleared one again. */
	REOPEN(CLEARED);

	private final Set<FindingStatus> from;

	FindingAction(FindingStatus... from) {
		this.from = from.length == 0 ? EnumSet.noneOf(FindingStatus.class) : EnumSet.of(from[0], from);
	}

	boolean allowedFrom(FindingStatus status) {
		return from.contains(status);
	}

	public String messageKey() {
		return "carpark.findingAction." + name();
	}

}
