package com.guanjia.carpark;

import static com.guanjia.carpark.StayStatus.INSIDE;
import static com.guanjia.carpark.StayStatus.HELD;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * The steps of a vehicle's stay and the states each may be taken from; {@link Stay}
 * checks them and the gate page offers what the stay allows ({@link StayView#actions()}).
 */
@NamedInterface("api")
public enum StayAction {

	/** The vehicle entered (R12.1): goods checked, damage told, a pass given. */
	ENTER(),
	/** It left, paying by the tariff or free with the reason (R12.1, R12.2). */
	EXIT(INSIDE),
	/** Held at the exit for the shift lead (R12.3). */
	HOLD(INSIDE),
	/** The shift lead released it after the documents and the fee (R12.3). */
	RELEASE(HELD),
	/** It forced its way out (冲卡, R12.5): an incident. */
	FORCE_OUT(INSIDE, HELD),
	/** Abandoned (弃车, R12.5): an incident. */
	ABANDON(INSIDE, HELD),
	/** Entered by mistake (a wrong plate): struck out with the reason. */
	CANCEL(INSIDE);

	private final Set<StayStatus> from;

	StayAction(StayStatus... from) {
		this.from = from.length == 0 ? EnumSet.noneOf(StayStatus.class) : EnumSet.of(from[0], from);
	}

	boolean allowedFrom(StayStatus status) {
		return from.contains(status);
	}

	public String messageKey() {
		return "carpark.stayAction." + name();
	}

}
