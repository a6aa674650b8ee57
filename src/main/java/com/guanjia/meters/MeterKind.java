package com.guanjia.meters;

import org.springframework.modulith.NamedInterface;

/** What a meter measures. */
@NamedInterface("api")
public enum MeterKind {

	/** 水表, m³ */
	WATER,
	/** 电表, kWh */
	ELECTRICITY;

	public String messageKey() {
		return "meter.kind." + name();
	}

}
