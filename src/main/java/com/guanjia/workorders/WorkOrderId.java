package com.guanjia.workorders;

/**
 * A work order, as callers name it to the module's services: they find it only inside the
 * caller's communities, so the id alone is enough (404 elsewhere).
 */
public record WorkOrderId(long value) {

	public static WorkOrderId of(long value) {
		return new WorkOrderId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}

}
