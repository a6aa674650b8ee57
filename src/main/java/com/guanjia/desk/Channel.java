package com.guanjia.desk;

import org.springframework.modulith.NamedInterface;

/**
 * How the matter reached the centre (R2.1, R4.4: letters and other channels follow the
 * same flow).
 */
@NamedInterface("api")
public enum Channel {

	VISIT, PHONE, LETTER, ONLINE, PATROL;

	public String messageKey() {
		return "desk.channel." + name();
	}

}
