package com.guanjia.carpark;

/**
 * What became of a camera's reading: applied at once, waiting for the guard to confirm,
 * confirmed, or dismissed.
 */
public enum SightingStatus {

	APPLIED, PENDING, CONFIRMED, DISMISSED;

	public String messageKey() {
		return "carpark.sightingStatus." + name();
	}

}
