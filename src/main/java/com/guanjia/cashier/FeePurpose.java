package com.guanjia.cashier;

import org.springframework.modulith.NamedInterface;

/**
 * What a fee not tied to a unit's bill pays for (issue 14), printed on its receipt in
 * place of the bill's items.
 */
@NamedInterface("api")
public enum FeePurpose {

	/** 停车费: a car park's duration fee at the exit (R12.1). */
	PARKING,
	/** 停车卡费: a monthly parking card issued or renewed (R12.2, R8.6). */
	PARKING_CARD;

	public String messageKey() {
		return "fee.purpose." + name();
	}

}
