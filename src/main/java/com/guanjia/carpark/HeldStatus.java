package com.guanjia.carpark;

/**
 * A held vehicle waits for the shift lead; it is released, or forced its way out, or was
 * abandoned (R12.3, R12.5).
 */
public enum HeldStatus {

	HELD, RELEASED, FORCED_OUT, ABANDONED;

	public String messageKey() {
		return "carpark.heldStatus." + name();
	}

}
