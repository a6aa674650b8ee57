package com.guanjia.carpark;

import org.springframework.modulith.NamedInterface;

/**
 * Why an exit paid nothing (R12.2, seed 001 item 6): a valid card; a policy-free vehicle
 * (政策性免费); one a company leader approved (公司领导批准); a stay too short to charge.
 */
@NamedInterface("api")
public enum FreeReason {

	CARD, POLICY, APPROVED, SHORT_STAY;

	public String messageKey() {
		return "carpark.freeReason." + name();
	}

}
