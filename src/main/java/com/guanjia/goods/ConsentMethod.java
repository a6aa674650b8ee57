package com.guanjia.goods;

import org.springframework.modulith.NamedInterface;

/** How the owner confirmed the goods may leave. */
@NamedInterface("api")
public enum ConsentMethod {

	/** 业主本人到场 */
	IN_PERSON,
	/** 电话确认 — recorded with who answered and when. */
	CALL,
	/** 业主签字 */
	SIGNATURE;

	public String messageKey() {
		return "goods.consent." + name();
	}

}
