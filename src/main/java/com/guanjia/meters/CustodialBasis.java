package com.guanjia.meters;

/**
 * What a custodial unit's limits (5 m³ water, 20 kWh electricity) are counted over. The
 * seed (002, 房屋托管) says "托管期间水表不超过5º，电表不超过20º": over the custody period. The company
 * counts per month of the custody period unless it chooses the whole period (issue 10
 * item 11); the settings page says which.
 */
public enum CustodialBasis {

	/** Each month of the custody period on its own (the default). */
	MONTH,
	/** The whole custody period, from the day the unit was put in custody. */
	CUSTODY_PERIOD;

	public String messageKey() {
		return "meter.custodialBasis." + name();
	}

}
