package com.guanjia.renovation;

/**
 * Where a violation found on a daily check stands (R9.5): found (the work stopped on the
 * spot), the owner told to rectify it by a deadline, escalated to the manager when the
 * owner refuses, rectified.
 */
public enum ViolationStatus {

	FOUND, RECTIFYING, ESCALATED, RECTIFIED;

	public String messageKey() {
		return "violation.status." + name();
	}

	/** Whether it still waits to be put right (acceptance waits for it). */
	public boolean open() {
		return this != RECTIFIED;
	}

}
