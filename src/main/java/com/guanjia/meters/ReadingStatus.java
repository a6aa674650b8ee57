package com.guanjia.meters;

/** Whether a reading may be billed. */
public enum ReadingStatus {

	/** Plausible: billed. */
	OK,
	/** Abnormal: held back from billing until engineering re-checks it (R7.1). */
	HELD,
	/** Abnormal but confirmed by the re-check: billed. */
	CONFIRMED,
	/** Replaced by a corrected reading. */
	SUPERSEDED;

	public boolean isBillable() {
		return this == OK || this == CONFIRMED;
	}

	public String messageKey() {
		return "reading.status." + name();
	}

}
