package com.guanjia.workorders;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * R3.5: a repair is free while its category's warranty runs, counted from the unit's
 * handover. The period covers the handover day and ends the day before the same date
 * {@code months} later (a 5-year warranty from 2021-06-17 covers up to 2026-06-16). No
 * months means the design life: always covered.
 */
final class WarrantyPolicy {

	private WarrantyPolicy() {
	}

	static Warranty decide(@Nullable LocalDate handover, @Nullable String category, boolean categoryKnown,
			@Nullable Integer months, LocalDate reportedOn) {
		if (category == null || !categoryKnown || handover == null) {
			return Warranty.unknown(category);
		}
		if (months == null) {
			return new Warranty(Warranty.Decision.FREE, category, null);
		}
		LocalDate until = handover.plusMonths(months).minusDays(1);
		return new Warranty(reportedOn.isAfter(until) ? Warranty.Decision.PAID : Warranty.Decision.FREE, category,
				until);
	}

}
