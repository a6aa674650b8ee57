package com.guanjia.carpark;

import static com.guanjia.carpark.SightingStatus.PENDING;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a camera's reading and the states each may be taken from;
 * {@link CameraSighting} checks them.
 */
public enum SightingAction {

	/** The camera's reading arrived (its first step). */
	RECORD(),
	/** The guard confirmed (or corrected) the plate and it was applied. */
	CONFIRM(PENDING),
	/** The guard dismissed it (a misreading, a vehicle that turned back). */
	DISMISS(PENDING);

	private final Set<SightingStatus> from;

	SightingAction(SightingStatus... from) {
		this.from = from.length == 0 ? EnumSet.noneOf(SightingStatus.class) : EnumSet.of(from[0], from);
	}

	boolean allowedFrom(SightingStatus status) {
		return from.contains(status);
	}

	public String messageKey() {
		return "carpark.sightingAction." + name();
	}

}
