package com.guanjia.scheduling;

/**
 * How a deadline counts time: calendar time (the default, as R4.2 says) or working hours
 * only.
 */
public enum CalendarMode {

	CALENDAR, BUSINESS

}
