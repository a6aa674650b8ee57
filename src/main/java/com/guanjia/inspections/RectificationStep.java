package com.guanjia.inspections;

/** The steps of a rectification notice. */
public enum RectificationStep {

	CONFIRM, RECHECK_FAILED, MARK_OVERDUE;

	public String messageKey() {
		return "inspection.rectificationStep." + name();
	}

}
