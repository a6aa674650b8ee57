package com.guanjia.inspections;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * The evaluation period of a month (R11.4, seed 001 "月底(25号)做出评估"): from the day after
 * the end day of the month before to the end day of the month, both included; with the
 * default end day 25, November runs from 26 October to 25 November.
 */
@NamedInterface("api")
public record EvaluationPeriod(YearMonth month, LocalDate start, LocalDate end) {

	public static EvaluationPeriod of(YearMonth month, int endDay) {
		if (endDay < 1 || endDay > 28) {
			throw new IllegalArgumentException("end day " + endDay);
		}
		return new EvaluationPeriod(month, month.minusMonths(1).atDay(endDay).plusDays(1), month.atDay(endDay));
	}

	/**
	 * The period of a month once the end day may have changed (decision 0026): the one
	 * its evaluations already have if the month was evaluated; otherwise the end day's,
	 * starting the day after the month before's evaluated period ended (no gap, no
	 * overlap).
	 */
	public static EvaluationPeriod resolve(YearMonth month, int endDay, @Nullable EvaluationPeriod evaluated,
			@Nullable LocalDate previousEnd) {
		if (evaluated != null) {
			return evaluated;
		}
		EvaluationPeriod period = of(month, endDay);
		return previousEnd == null ? period : new EvaluationPeriod(month, previousEnd.plusDays(1), period.end());
	}

	/** The period a day belongs to. */
	public static EvaluationPeriod containing(LocalDate day, int endDay) {
		YearMonth month = YearMonth.from(day);
		return of(day.getDayOfMonth() > endDay ? month.plusMonths(1) : month, endDay);
	}

	/** The period's first instant in the zone. */
	public ZonedDateTime from(ZoneId zone) {
		return start.atStartOfDay(zone);
	}

	/** The instant after the period's last day in the zone (exclusive). */
	public ZonedDateTime until(ZoneId zone) {
		return end.plusDays(1).atStartOfDay(zone);
	}

}
