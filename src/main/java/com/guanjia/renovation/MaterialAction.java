package com.guanjia.renovation;

import static com.guanjia.renovation.MaterialStatus.REPORTED;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of renovation materials entering at the gate (R9.7; seed 003
 * "对保安门岗通知需要审批通过的装修材料进场，第一时间赶赴现场了解是否能通过，不能通过的通知内务联系协调业主") and the states each may be
 * taken from.
 */
public enum MaterialAction {

	/**
	 * The gate reports materials arriving for a unit under renovation (the first step).
	 */
	REPORT(),

	/** Seen on the spot and let in. */
	APPROVE(REPORTED),

	/** Not let in, with the reason; the owner is contacted. */
	REFUSE(REPORTED);

	private final Set<MaterialStatus> from;

	MaterialAction(MaterialStatus... from) {
		this.from = from.length == 0 ? EnumSet.noneOf(MaterialStatus.class) : EnumSet.of(from[0], from);
	}

	boolean allowedFrom(MaterialStatus status) {
		return from.contains(status);
	}

	public String messageKey() {
		return "material.action." + name();
	}

}
