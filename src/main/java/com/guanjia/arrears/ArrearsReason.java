package com.guanjia.arrears;

/**
 * Why a unit has not paid (R6.7, seed 002: "及时统计，找出原因，采取不同的措施"): recorded on its dunning
 * case so the measures can differ by cause.
 */
public enum ArrearsReason {

	/** 经济困难 */
	HARDSHIP,
	/** 对服务不满 */
	SERVICE_DISPUTE,
	/** 房屋质量或维修纠纷 */
	QUALITY_DISPUTE,
	/** 长期不在、联系不上 */
	UNREACHABLE,
	/** 忘记或不知情 */
	FORGOT,
	/** 无理拒缴 */
	REFUSES,
	/** 其他 */
	OTHER;

	public String messageKey() {
		return "arrears.reason." + name();
	}

}
