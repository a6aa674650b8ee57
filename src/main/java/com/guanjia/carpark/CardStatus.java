package com.guanjia.carpark;

/**
 * A card is active (valid between its dates) or cancelled; a lapsed card stays active and
 * is renewed.
 */
public enum CardStatus {

	ACTIVE, CANCELLED;

	public String messageKey() {
		return "carpark.cardStatus." + name();
	}

}
