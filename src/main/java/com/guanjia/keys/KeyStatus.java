package com.guanjia.keys;

import org.springframework.modulith.NamedInterface;

/** Where an item of the register is. */
@NamedInterface("api")
public enum KeyStatus {

	/** 在库: in its place in the cabinet. */
	IN_STORE,
	/** 已发放: handed to the owner or resident. */
	ISSUED,
	/** 借出: lent and due back the same day. */
	LENT,
	/** 缺失: a stock-take did not find it; flagged until found or written off. */
	MISSING,
	/** 已注销: lost for good. */
	WRITTEN_OFF;

	/**
	 * Whether a stock-take counts the item by hand: one out on a loan when the count
	 * began is counted lent at once (R10.1).
	 */
	public boolean countedByHand() {
		return this != LENT;
	}

	public String messageKey() {
		return "keys.status." + name();
	}

}
