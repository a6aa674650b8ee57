package com.guanjia.arrears;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Optional;

/**
 * When the quarter-end sweep runs (seed 003, 客服助理工作内容 28: "每季度末对未交费的单元进行催缴"): on the last
 * day of March, June, September and December in the community's zone, or — when no
 * instance ran that day — up to {@link #CATCH_UP_DAYS} days later; never for an older
 * quarter.
 */
final class QuarterEnd {

	/** A sweep missed on the quarter's last day is caught up within this many days. */
	static final int CATCH_UP_DAYS = 14;

	private QuarterEnd() {
	}

	/** The quarter ({@code 2026-Q4}) whose sweep is due on {@code today}, if any. */
	static Optional<String> due(LocalDate today) {
		LocalDate end = lastDayOfQuarter(today);
		if (today.equals(end)) {
			return Optional.of(name(today));
		}
		LocalDate previousEnd = today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 3).minusDays(1);
		long late = ChronoUnit.DAYS.between(previousEnd, today);
		return late <= CATCH_UP_DAYS ? Optional.of(name(previousEnd)) : Optional.empty();
	}

	static LocalDate lastDayOfQuarter(LocalDate day) {
		int lastMonth = ((day.getMonthValue() - 1) / 3 + 1) * 3;
		return day.withMonth(lastMonth).withDayOfMonth(day.withMonth(lastMonth).lengthOfMonth());
	}

	static String name(LocalDate day) {
		return day.getYear() + "-Q" + day.get(IsoFields.QUARTER_OF_YEAR);
	}

}
