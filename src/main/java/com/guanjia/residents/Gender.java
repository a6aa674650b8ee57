package com.guanjia.residents;

/** A person's gender as printed on the ID card. */
public enum Gender {

	MALE, FEMALE;

	public String messageKey() {
		return "resident.gender." + name();
	}

}
