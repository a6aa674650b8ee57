package com.guanjia.archive;

/**
 * What a line of a unit's events log records: system events, or an entry staff add by
 * hand.
 */
public enum UnitEventKind {

	UNIT_REGISTERED(false), STATE_CHANGED(false), HANDED_OVER(false), OWNER_REGISTERED(false),
	OWNERSHIP_TRANSFERRED(false), TENANT_MOVED_IN(false), TENANT_MOVED_OUT(false), MEMBER_MOVED_IN(false),
	MEMBER_MOVED_OUT(false), VEHICLE_REGISTERED(false), VEHICLE_REMOVED(false), DOCUMENT_ADDED(false),
	/** The unit taken out of service, and back (decision 0014). */
	UNIT_RETIRED(false), UNIT_REINSTATED(false),
	/** 漏水 */
	LEAK(true),
	/** 装修开工 */
	RENOVATION_STARTED(true),
	/** 装修完工 */
	RENOVATION_FINISHED(true),
	/** 维修 */
	REPAIR(true),
	/** 投诉 */
	COMPLAINT(true),
	/** 备注 */
	NOTE(true);

	private final boolean manual;

	UnitEventKind(boolean manual) {
		this.manual = manual;
	}

	/** Whether staff may add an entry of this kind by hand. */
	public boolean manual() {
		return manual;
	}

	public String messageKey() {
		return "archive.kind." + name();
	}

}
