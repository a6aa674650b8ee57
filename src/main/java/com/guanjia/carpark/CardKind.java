package com.guanjia.carpark;

import org.springframework.modulith.NamedInterface;

/** The kinds of parking card (R12.2, R8.6). */
@NamedInterface("api")
public enum CardKind {

	/**
	 * 月卡: parks in any free space; paid ahead at the cashier by the month (the tariff's
	 * card fee).
	 */
	MONTHLY("YK"),
	/**
	 * 固定车位: parks in one space, sold to or rented by the holder's unit; the rent is
	 * billed with the unit's fees (billing's parking item).
	 */
	FIXED_SPACE("GD");

	private final String prefix;

	CardKind(String prefix) {
		this.prefix = prefix;
	}

	/** The printed number of the card with this id, e.g. YK000012. */
	String number(long id) {
		return prefix + String.format("%06d", id);
	}

	public String messageKey() {
		return "carpark.cardKind." + name();
	}

}
