package com.guanjia.inspections;

/**
 * A month-end evaluation: a draft that may be recomputed, then signed and final (R11.4).
 */
public enum EvaluationStatus {

	DRAFT, SIGNED;

	public String messageKey() {
		return "inspection.evaluationStatus." + name();
	}

}
