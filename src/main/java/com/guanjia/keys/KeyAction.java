package com.guanjia.keys;

import static com.guanjia.keys.KeyStatus.IN_STORE;
import static com.guanjia.keys.KeyStatus.ISSUED;
import static com.guanjia.keys.KeyStatus.LENT;
import static com.guanjia.keys.KeyStatus.MISSING;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of an item of the key register and the states each may be taken from;
 * {@link KeyItem} checks them, pages and the API offer what the item allows.
 */
public enum KeyAction {

	/** Numbered and put in its place (the item's first step). */
	REGISTER(),
	/** Handed to the owner at move-in, or a card to a resident (办理住户卡或车卡). */
	ISSUE(IN_STORE),
	/** Lent to the owner or their proxy after the identity check. */
	LEND(IN_STORE),
	/** Brought back. */
	RETURN(LENT),
	/** The owner gives an issued key back into the management's keeping (custody). */
	HAND_BACK(ISSUED),
	/** A card's validity extended (车卡续期). */
	RENEW(ISSUED),
	/** Put in another place. */
	MOVE(IN_STORE),
	/** Not found at a stock-take. */
	MISS(IN_STORE),
	/** A missing item turned up. */
	FIND(MISSING),
	/** A missing item is given up as lost. */
	WRITE_OFF(MISSING);

	private final Set<KeyStatus> from;

	KeyAction(KeyStatus... from) {
		this.from = from.length == 0 ? EnumSet.noneOf(KeyStatus.class) : EnumSet.of(from[0], from);
	}

	boolean allowedFrom(KeyStatus status) {
		return from.contains(status);
	}

	/** Whether staff take this step on the item's page (the others happen elsewhere). */
	boolean byStaff() {
		return switch (this) {
			case ISSUE, LEND, RETURN, HAND_BACK, RENEW, MOVE, FIND, WRITE_OFF -> true;
			case REGISTER, MISS -> false;
		};
	}

	public String messageKey() {
		return "keys.action." + name();
	}

}
