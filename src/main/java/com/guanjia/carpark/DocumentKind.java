package com.guanjia.carpark;

/**
 * The copies the shift lead keeps before releasing a held vehicle (seed 001 item 8:
 * 行车证、身份证复印件及书面说明).
 */
public enum DocumentKind {

	VEHICLE_LICENCE, ID_CARD, STATEMENT, OTHER;

	public String messageKey() {
		return "carpark.document." + name();
	}

}
