package com.guanjia.carpark;

/**
 * What a camera's reading did: the vehicle entered, left free on its card, waits at the
 * exit to pay the guard, needs the guard to confirm a low-confidence plate, was already
 * inside, or was not inside.
 */
public enum SightingOutcome {

	ENTERED, EXITED_FREE, AT_EXIT, LOW_CONFIDENCE, ALREADY_INSIDE, NOT_INSIDE;

	public String messageKey() {
		return "carpark.outcome." + name();
	}

}
