package com.guanjia.keys;

/** Where a letter or parcel is. */
public enum MailStatus {

	/** 待领取: at the desk, the resident told. */
	WAITING,
	/** 已领取: handed to someone, with who and when. */
	COLLECTED,
	/** 已投箱: put in the unit's letterbox (信件投放至信箱). */
	BOXED,
	/** 已退回: back to the sender or the post. */
	RETURNED;

	public String messageKey() {
		return "mail.status." + name();
	}

}
