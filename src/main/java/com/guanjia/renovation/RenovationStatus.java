package com.guanjia.renovation;

/**
 * Where a renovation stands (R9): applied for at the service centre, permitted (work
 * under way, the unit shows "decorating"), completed (accepted by engineering), its
 * deposit's refund asked for, closed; or withdrawn before a permit.
 */
public enum RenovationStatus {

	APPLIED, PERMITTED, COMPLETED, REFUNDING, CLOSED, WITHDRAWN;

	public String messageKey() {
		return "renovation.status." + name();
	}

	/** Whether the renovation still holds its unit (one at a time per unit). */
	public boolean open() {
		return this == APPLIED || this == PERMITTED;
	}

}
