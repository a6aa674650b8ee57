package com.guanjia.carpark;

import org.springframework.modulith.NamedInterface;

/**
 * A card is active (valid between its dates) or cancelled; a lapsed card stays active and
 * is renewed.
 */
@NamedInterface("api")
public enum CardStatus {

	ACTIVE, CANCELLED;

	public String messageKey() {
		return "carpark.cardStatus." + name();
	}

}
