package com.guanjia.estate;

import org.springframework.modulith.NamedInterface;

/** The state of a parking space (R1.2). */
@NamedInterface("api")
public enum ParkingState {

	/** 已售 */
	SOLD,
	/** 已租 */
	RENTED,
	/** 空置 */
	VACANT;

	public String messageKey() {
		return "parking.state." + name();
	}

}
