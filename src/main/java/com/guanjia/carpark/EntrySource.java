package com.guanjia.carpark;

import org.springframework.modulith.NamedInterface;

/**
 * How an entry or exit was recorded: at the gate on the phone, by a plate-recognition
 * camera, or from the paper register afterwards (补录).
 */
@NamedInterface("api")
public enum EntrySource {

	GATE, CAMERA, PAPER;

	public String messageKey() {
		return "carpark.source." + name();
	}

}
