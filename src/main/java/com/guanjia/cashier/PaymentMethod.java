package com.guanjia.cashier;

/** How a payer paid (R6.3). */
public enum PaymentMethod {

	CASH, CARD, TRANSFER, ONLINE;

	public String messageKey() {
		return "payment.method." + name();
	}

}
