package com.guanjia.inspections;

import org.springframework.modulith.NamedInterface;

/** The result of one checklist item (R11.2). */
@NamedInterface("api")
public enum Outcome {

	PASS, FAIL, NOT_APPLICABLE;

	public String messageKey() {
		return "inspection.outcome." + name();
	}

}
