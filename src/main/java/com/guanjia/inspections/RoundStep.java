package com.guanjia.inspections;

/** The steps of a round; {@link RoundView#steps()} lists those its state allows. */
public enum RoundStep {

	VISIT, SKIP, FINISH, MISS, CANCEL;

	public String messageKey() {
		return "inspection.roundStep." + name();
	}

}
