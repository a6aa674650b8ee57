package com.guanjia.carpark;

/**
 * A shift's handover log: open while the shift works, closed when handed over, signed by
 * the director (主任签字).
 */
public enum ShiftStatus {

	OPEN, CLOSED, SIGNED;

	public String messageKey() {
		return "carpark.shiftStatus." + name();
	}

}
