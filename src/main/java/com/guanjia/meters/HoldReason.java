package com.guanjia.meters;

import org.springframework.modulith.NamedInterface;

/** Why a reading was held back for a re-check (R7.1, R7.2). */
@NamedInterface("api")
public enum HoldReason {

	/** Lower than the previous reading and no meter replacement recorded. */
	LOWER_THAN_PREVIOUS,
	/** More than the spike factor (3×) times the median of the meter's last months. */
	SPIKE,
	/** A custodial unit used more than it may (5 m³ water, 20 kWh a month by default). */
	CUSTODIAL_LIMIT;

	public String messageKey() {
		return "reading.hold." + name();
	}

}
