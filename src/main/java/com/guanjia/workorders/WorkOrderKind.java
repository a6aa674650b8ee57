package com.guanjia.workorders;

/** What a work order is about (R3, R3.6, R3.7, R4). */
public enum WorkOrderKind {

	/** 户内维修 */
	IN_UNIT_REPAIR,
	/** 公共设施维修 (R3.6): closed after the engineering lead's inspection. */
	PUBLIC_REPAIR,
	/** 投诉 (R4) */
	COMPLAINT,
	/** 求助 */
	HELP,
	/** 咨询 */
	ENQUIRY,
	/** 建议 */
	SUGGESTION,
	/** 交房缺陷 / 工程遗留 (R3.7) */
	HANDOVER_DEFECT;

	/** Repairs go through arrival and resident sign-off and get a warranty decision. */
	public boolean isRepair() {
		return this == IN_UNIT_REPAIR || this == PUBLIC_REPAIR || this == HANDOVER_DEFECT;
	}

	/** Orders that need a unit. */
	public boolean needsUnit() {
		return this == IN_UNIT_REPAIR || this == HANDOVER_DEFECT;
	}

	/** Closed by the engineering lead's inspection rather than by the resident (R3.6). */
	public boolean closedByInspection() {
		return this == PUBLIC_REPAIR;
	}

	public String messageKey() {
		return "workOrder.kind." + name();
	}

}
