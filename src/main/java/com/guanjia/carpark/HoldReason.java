package com.guanjia.carpark;

import org.springframework.modulith.NamedInterface;

/**
 * Why a vehicle was held at the exit (R12.3, seed 001 item 8): its card is another
 * plate's, it has no card or pass, it does not match the record, or it is suspicious.
 */
@NamedInterface("api")
public enum HoldReason {

	CARD_MISMATCH, NO_CARD, RECORD_MISMATCH, SUSPICIOUS;

	public String messageKey() {
		return "carpark.holdReason." + name();
	}

}
