package com.guanjia.workorders;

import org.springframework.modulith.NamedInterface;

/**
 * How the resident was reached about a complaint (R4.3). Seed 002: "通报可采用电话或上门当面告知的方式" —
 * by phone, or in person at their home.
 */
@NamedInterface("api")
public enum ContactChannel {

	PHONE, IN_PERSON;

	public String messageKey() {
		return "workOrder.contactChannel." + name();
	}

}
