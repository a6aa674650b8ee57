package com.guanjia.billing;

import org.springframework.modulith.NamedInterface;

/** What a bill line charges for (R6.1, R6.2), and how its amount is found. */
@NamedInterface("api")
public enum ChargeItem {

	/** 物业管理费: building area × rate per m² per month. */
	MANAGEMENT(Basis.AREA_MONTH),
	/** 采暖费: building area × rate per m² per month of the heating season. */
	HEATING(Basis.AREA_MONTH),
	/** 梯灯费: a flat rate per unit per month. */
	LIFT_LIGHT(Basis.UNIT_MONTH),
	/** 车位管理费: per rented parking space per month. */
	PARKING(Basis.SPACE_MONTH),
	/** 水费: the unit's meter consumption × (tiered) price. */
	WATER(Basis.METERED),
	/** 电费 */
	ELECTRICITY(Basis.METERED),
	/** 公摊水费: a public meter's cost apportioned over its units by area. */
	SHARED_WATER(Basis.SHARED),
	/** 公摊电费 */
	SHARED_ELECTRICITY(Basis.SHARED),
	/** 装修垃圾清运费: charged once, by hand. */
	RENOVATION_GARBAGE(Basis.ONE_OFF),
	/** 有偿维修费 */
	PAID_REPAIR(Basis.ONE_OFF),
	/** 滞纳金: only where the service contract provides one (off by default). */
	LATE_FEE(Basis.ONE_OFF);

	/** How an item's amount is computed. */
	public enum Basis {

		AREA_MONTH, UNIT_MONTH, SPACE_MONTH, METERED, SHARED, ONE_OFF

	}

	private final Basis basis;

	ChargeItem(Basis basis) {
		this.basis = basis;
	}

	public Basis basis() {
		return basis;
	}

	/** Whether a billing run computes it (the others are charged by hand). */
	public boolean isPeriodic() {
		return basis != Basis.ONE_OFF;
	}

	public boolean isTimeBased() {
		return basis == Basis.AREA_MONTH || basis == Basis.UNIT_MONTH || basis == Basis.SPACE_MONTH;
	}

	public String messageKey() {
		return "charge.item." + name();
	}

}
