package com.guanjia.meters;

import org.springframework.modulith.NamedInterface;

/** What a meter measures. */
@NamedInterface("api")
public enum MeterKind {

	/** 水表, m³ */
	WATER(true),
	/** 电表, kWh */
	ELECTRICITY(true),
	/**
	 * 煤气表, m³ (R8.3; seed 002 "查抄水表、电表、煤气表底数并共同确认"): read at the house acceptance and
	 * monthly like the others, but billed by the gas company, never on the management
	 * office's bills.
	 */
	GAS(false);

	private final boolean billed;

	MeterKind(boolean billed) {
		this.billed = billed;
	}

	/** Whether its consumption becomes a line of the unit's (or a shared) bill. */
	public boolean billed() {
		return billed;
	}

	public String messageKey() {
		return "meter.kind." + name();
	}

}
