package com.guanjia.inspections;

/** The result of one checklist item (R11.2). */
public enum Outcome {

	PASS, FAIL, NOT_APPLICABLE;

	public String messageKey() {
		return "inspection.outcome." + name();
	}

}
