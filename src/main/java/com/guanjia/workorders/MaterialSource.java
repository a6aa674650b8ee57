package com.guanjia.workorders;

/**
 * Who supplies a repair's materials (R3.4): usually the resident; bought on request with
 * a receipt.
 */
public enum MaterialSource {

	RESIDENT, BOUGHT;

	public String messageKey() {
		return "material.source." + name();
	}

}
