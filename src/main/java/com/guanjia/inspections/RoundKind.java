package com.guanjia.inspections;

import org.springframework.modulith.NamedInterface;

/**
 * What a round is for: the daily patrol (R11.1), the weekly corridor check (Tue/Wed) and
 * public-facility check (Thu) of R11.2, the monthly vacant-unit check (R11.5) and the
 * monthly comprehensive inspection (R11.6), and the outside check of a custodial unit,
 * weekly and before and after heavy rain (R8.4), which the move-in module schedules
 * through {@link Rounds}; and a renovation's daily site check and its corridor check
 * before the end of the day (R9.5), which the renovation module schedules.
 */
@NamedInterface("api")
public enum RoundKind {

	PATROL, CORRIDOR, FACILITIES, VACANT_UNIT, COMPREHENSIVE, CUSTODY, RENOVATION;

	public String messageKey() {
		return "inspection.roundKind." + name();
	}

}
