package com.guanjia.carpark;

/** Whether a camera watches the entry or the exit lane. */
public enum CameraDirection {

	ENTRY, EXIT;

	public String messageKey() {
		return "carpark.direction." + name();
	}

}
