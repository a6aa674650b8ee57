package com.guanjia.inspections;

/**
 * The state of a round: due, being walked, done, missed (not started by the end of its
 * window, flagged once to the supervisor), cancelled.
 */
public enum RoundStatus {

	DUE, IN_PROGRESS, DONE, MISSED, CANCELLED;

	public String messageKey() {
		return "inspection.roundStatus." + name();
	}

}
