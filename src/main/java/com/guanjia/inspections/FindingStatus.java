package com.guanjia.inspections;

/** Where a finding is on its way to being put right (R11.3). */
public enum FindingStatus {

	OPEN, ORDERED, RECTIFYING, REFERRED, RESOLVED;

	public String messageKey() {
		return "inspection.findingStatus." + name();
	}

}
