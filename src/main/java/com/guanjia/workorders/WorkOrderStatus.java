package com.guanjia.workorders;

/**
 * Where a work order stands. Which step may follow which is decided by {@link WorkOrder}.
 */
public enum WorkOrderStatus {

	/** 已受理 */
	RECEIVED,
	/** 已派单 */
	DISPATCHED,
	/** 已接单 */
	ACCEPTED,
	/** 已预约 */
	APPOINTED,
	/** 已到场 */
	ARRIVED,
	/** 维修中: the resident agreed to the proposed solution (R3.4). */
	IN_PROGRESS,
	/** 挂起: waiting for parts or for the resident. */
	ON_HOLD,
	/** 已完工: waiting for the resident's sign-off or the lead's inspection. */
	COMPLETED,
	/** 已关闭 */
	CLOSED,
	/** 返工: re-opened after a return visit found a problem (R5.1). */
	REOPENED,
	/** 已取消 */
	CANCELLED;

	public boolean isOpen() {
		return this != CLOSED && this != CANCELLED;
	}

	public String messageKey() {
		return "workOrder.status." + name();
	}

}
