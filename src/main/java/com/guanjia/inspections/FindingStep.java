package com.guanjia.inspections;

/**
 * What can be done with a finding; {@link FindingView#steps()} lists those allowed now.
 */
public enum FindingStep {

	ORDER, SEND_TO_CONTRACTOR, REFER, RESOLVE;

	public String messageKey() {
		return "inspection.findingStep." + name();
	}

}
