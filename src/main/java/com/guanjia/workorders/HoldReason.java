package com.guanjia.workorders;

/**
 * Why an order waits. Waiting for the resident stops its clocks; waiting for parts does
 * not.
 */
public enum HoldReason {

	PARTS, RESIDENT;

	public String messageKey() {
		return "workOrder.hold." + name();
	}

}
