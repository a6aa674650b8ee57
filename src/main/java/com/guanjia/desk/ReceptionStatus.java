package com.guanjia.desk;

/** 记录—处理—回复—存档 (R2.1). */
public enum ReceptionStatus {

	RECORDED, HANDLING, REPLIED, ARCHIVED;

	public String messageKey() {
		return "desk.status." + name();
	}

}
