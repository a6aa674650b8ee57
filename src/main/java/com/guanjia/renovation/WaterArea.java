package com.guanjia.renovation;

import org.springframework.modulith.NamedInterface;

/** Where a closed-water test is done (R9.6): bathroom, kitchen, balcony. */
@NamedInterface("api")
public enum WaterArea {

	BATHROOM, KITCHEN, BALCONY;

	public String messageKey() {
		return "renovation.water." + name();
	}

}
