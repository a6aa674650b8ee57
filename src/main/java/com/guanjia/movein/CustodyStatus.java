package com.guanjia.movein;

/** Where a custody agreement stands. */
public enum CustodyStatus {

	/** 托管中 — the management keeps the unit. */
	ACTIVE,
	/** 已结束 — the owner took the unit back. */
	ENDED;

	public String messageKey() {
		return "custody.status." + name();
	}

}
