package com.guanjia.carpark;

import static com.guanjia.carpark.CardStatus.ACTIVE;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * The steps of a parking card and the states each may be taken from; {@link ParkingCard}
 * checks them, the page and the API offer what the card allows
 * ({@link CardView#actions()}).
 */
@NamedInterface("api")
public enum CardAction {

	/** The card is issued (its first step). */
	ISSUE(),
	/** Extended by months, paid like the issue (R8.6 "issued and renewed"). */
	RENEW(ACTIVE),
	/** No longer valid, with the reason. */
	CANCEL(ACTIVE);

	private final Set<CardStatus> from;

	CardAction(CardStatus... from) {
		this.from = from.length == 0 ? EnumSet.noneOf(CardStatus.class) : EnumSet.of(from[0], from);
	}

	boolean allowedFrom(CardStatus status) {
		return from.contains(status);
	}

	public String messageKey() {
		return "carpark.cardAction." + name();
	}

}
