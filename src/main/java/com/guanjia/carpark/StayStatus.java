package com.guanjia.carpark;

import org.springframework.modulith.NamedInterface;

/**
 * Where a vehicle's stay is: inside, held at the exit (R12.3), left, forced out or
 * abandoned (R12.5), or struck out as entered by mistake.
 */
@NamedInterface("api")
public enum StayStatus {

	INSIDE, HELD, LEFT, FORCED_OUT, ABANDONED, CANCELLED;

	public String messageKey() {
		return "carpark.stayStatus." + name();
	}

}
