package com.guanjia.carpark;

/**
 * What the cards say about a vehicle at the exit (R12.2): no card, a valid one, an
 * expired or cancelled one (pays as a visitor), an unknown card number (pays as a
 * visitor), or a card of another plate (a mismatch: held, R12.3).
 */
public enum CardCheck {

	NONE, VALID, EXPIRED, CANCELLED, UNKNOWN, OTHER_PLATE;

	public String messageKey() {
		return "carpark.cardCheck." + name();
	}

}
