package com.guanjia.cashier;

import org.springframework.modulith.NamedInterface;

/** How a payer paid (R6.3). */
@NamedInterface("api")
public enum PaymentMethod {

	CASH, CARD, TRANSFER, ONLINE;

	public String messageKey() {
		return "payment.method." + name();
	}

}
