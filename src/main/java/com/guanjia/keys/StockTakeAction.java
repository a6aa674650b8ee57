package com.guanjia.keys;

import java.util.EnumSet;
import java.util.Set;

/** The steps of a stock-take and the states each may be taken from. */
public enum StockTakeAction {

	/** The month's list of what should be in the cabinet (the first step). */
	START(),
	/** One item found, or not found, in its place. */
	COUNT(StockTakeStatus.OPEN),
	/** Every item counted: the missing ones are flagged. */
	CLOSE(StockTakeStatus.OPEN);

	private final Set<StockTakeStatus> from;

	StockTakeAction(StockTakeStatus... from) {
		this.from = from.length == 0 ? EnumSet.noneOf(StockTakeStatus.class) : EnumSet.of(from[0], from);
	}

	boolean allowedFrom(StockTakeStatus status) {
		return from.contains(status);
	}

	public String messageKey() {
		return "keys.stockTake.action." + name();
	}

}
