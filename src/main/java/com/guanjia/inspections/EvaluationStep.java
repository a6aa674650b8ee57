package com.guanjia.inspections;

/**
 * The steps of an evaluation; a signed one is only revised (a new revision with a
 * reason).
 */
public enum EvaluationStep {

	RECOMPUTE, SIGN, REVISE;

	public String messageKey() {
		return "inspection.evaluationStep." + name();
	}

}
