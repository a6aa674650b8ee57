package com.guanjia.carpark;

/**
 * A space check finding is open until someone resolves it with a note; one that a later
 * run no longer finds is cleared.
 */
public enum FindingStatus {

	OPEN, RESOLVED, CLEARED;

	public String messageKey() {
		return "carpark.findingStatus." + name();
	}

}
