package com.guanjia.movein;

/** Where a move-in case stands. */
public enum MoveInStatus {

	/** 办理中：验明资料 — the papers are being handed in. */
	OPENED,
	/** 办理中 — the papers are checked; the other steps in any order. */
	IN_PROGRESS,
	/** 已入伙 — the unit is handed over. */
	COMPLETED,
	/** 已取消 */
	CANCELLED;

	public boolean open() {
		return this == OPENED || this == IN_PROGRESS;
	}

	public String messageKey() {
		return "movein.status." + name();
	}

}
