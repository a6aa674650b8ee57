package com.guanjia.goods;

/**
 * A goods release pass: written at the desk ({@code REQUESTED}), confirmed with the owner
 * ({@code APPROVED}), used once at the gate ({@code USED}); or past its time
 * ({@code EXPIRED}) or withdrawn ({@code CANCELLED}).
 */
public enum GoodsPassStatus {

	REQUESTED, APPROVED, USED, EXPIRED, CANCELLED;

	/** Whether the pass may still become usable or be used. */
	public boolean open() {
		return this == REQUESTED || this == APPROVED;
	}

	public String messageKey() {
		return "goods.status." + name();
	}

}
