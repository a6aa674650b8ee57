package com.guanjia.meters;

/** What a meter measures. */
public enum MeterKind {

	/** 水表, m³ */
	WATER,
	/** 电表, kWh */
	ELECTRICITY;

	public String messageKey() {
		return "meter.kind." + name();
	}

}
