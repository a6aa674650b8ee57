package com.guanjia.inspections;

/**
 * A contractor's rectification notice: issued with a deadline, overdue once the deadline
 * passed, confirmed fixed by a later round or a recheck.
 */
public enum RectificationStatus {

	ISSUED, OVERDUE, CONFIRMED;

	public String messageKey() {
		return "inspection.rectificationStatus." + name();
	}

}
