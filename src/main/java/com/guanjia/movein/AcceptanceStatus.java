package com.guanjia.movein;

/** Where a house acceptance stands (R8.3; seed 002 "⑤房屋验收及整改"). */
public enum AcceptanceStatus {

	/** 验收中: the sheet is being filled with the owner and engineering. */
	INSPECTING,
	/** 有质量问题: defects recorded, to be turned into work orders. */
	DEFECTS,
	/** 整改中: the defects' work orders are being done. */
	REPAIRING,
	/** 已整改: every defect is fixed; a second acceptance is to be booked with the owner. */
	REPAIRED,
	/** 已预约复验 */
	RECHECK_BOOKED,
	/** 验收合格: waiting for the owner's signature. */
	PASSED,
	/** 业主已签字确认 */
	SIGNED;

	public String messageKey() {
		return "acceptance.status." + name();
	}

}
