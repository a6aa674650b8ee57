package com.guanjia.keys;

/** The month's stock-take: counting, then closed with its result. */
public enum StockTakeStatus {

	OPEN, CLOSED;

	public String messageKey() {
		return "keys.stockTake.status." + name();
	}

}
