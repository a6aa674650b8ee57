package com.guanjia.carpark;

/**
 * What the monthly space check finds (R1.2, seed 000 "避免各种乱租、重租导致乱扣乱划款项"): from the
 * spaces, cards and rents ({@link SpaceCheck}) and from the vehicles parked
 * ({@link ParkedCheck}).
 */
public enum MismatchKind {

	DOUBLE_RENTAL, RENT_WITHOUT_CARD, CARD_WITHOUT_RENT, SOLD_SPACE_CHARGED_RENT, CAR_IN_OTHERS_SPACE, UNKNOWN_PLATE,
	CARD_EXPIRED, SPACE_WITHOUT_CARD;

	public String messageKey() {
		return "carpark.mismatch." + name();
	}

}
