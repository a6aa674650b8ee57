package com.guanjia.inspections;

import org.springframework.modulith.NamedInterface;

/** How often a schedule creates rounds. */
@NamedInterface("api")
public enum Recurrence {

	/** Every day, once per time window ("每天至少巡查…二遍"). */
	DAILY,
	/** On the chosen weekdays, once per time window ("每周二、周三…每周四…"). */
	WEEKLY,
	/** Once a month from the chosen day to the month's end (vacant units, R11.5). */
	MONTHLY;

	public String messageKey() {
		return "inspection.recurrence." + name();
	}

}
