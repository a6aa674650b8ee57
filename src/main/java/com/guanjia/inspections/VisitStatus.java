package com.guanjia.inspections;

/** The state of one checkpoint of a round. */
public enum VisitStatus {

	PENDING, VISITED, SKIPPED;

	public String messageKey() {
		return "inspection.visitStatus." + name();
	}

}
