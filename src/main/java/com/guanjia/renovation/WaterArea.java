package com.guanjia.renovation;

/** Where a closed-water test is done (R9.6): bathroom, kitchen, balcony. */
public enum WaterArea {

	BATHROOM, KITCHEN, BALCONY;

	public String messageKey() {
		return "renovation.water." + name();
	}

}
