package com.guanjia.workorders;

import org.springframework.modulith.NamedInterface;

/**
 * Why an order waits. Waiting for the resident stops its clocks; waiting for parts does
 * not.
 */
@NamedInterface("api")
public enum HoldReason {

	PARTS, RESIDENT;

	public String messageKey() {
		return "workOrder.hold." + name();
	}

}
