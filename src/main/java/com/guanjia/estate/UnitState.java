package com.guanjia.estate;

import org.springframework.modulith.NamedInterface;

/** The state of a unit (R1.1). */
@NamedInterface("api")
public enum UnitState {

	/** 未售 */
	UNSOLD,
	/** 空置 (handed over, nobody living there) */
	VACANT,
	/** 自住 */
	OCCUPIED,
	/** 出租 */
	RENTED,
	/** 托管 (R8.4: 70% management fee, meter limits) */
	CUSTODIAL,
	/** 装修中 */
	DECORATING;

	public String messageKey() {
		return "unit.state." + name();
	}

	/**
	 * A unit in this state has been handed over to an owner, so it needs a handover date.
	 */
	public boolean isHandedOver() {
		return this != UNSOLD;
	}

}
