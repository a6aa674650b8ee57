package com.guanjia.scheduling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * A community's working time: working hours on working days. Saturdays and Sundays are
 * days off unless listed as make-up working days (调休上班); public holidays are days off
 * even on a weekday.
 */
@NamedInterface("api")
public record BusinessCalendar(LocalTime opens, LocalTime closes, Set<LocalDate> holidays, Set<LocalDate> makeUpDays) {

	public static final BusinessCalendar STANDARD = new BusinessCalendar(LocalTime.of(8, 30), LocalTime.of(17, 30),
			Set.of(), Set.of());

	public BusinessCalendar {
		if (!opens.isBefore(closes)) {
			throw new IllegalArgumentException("working hours must open before they close");
		}
		holidays = Set.copyOf(holidays);
		makeUpDays = Set.copyOf(makeUpDays);
	}

	public boolean isWorkingDay(LocalDate day) {
		if (makeUpDays.contains(day)) {
			return true;
		}
		if (holidays.contains(day)) {
			return false;
		}
		DayOfWeek dow = day.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
	}

	/** The moment {@code amount} of working time after {@code start} has passed. */
	public ZonedDateTime plusWorkingTime(ZonedDateTime start, Duration amount) {
		ZonedDateTime t = start;
		Duration left = amount;
		for (int guard = 0; guard < 3660; guard++) {
			LocalDate day = t.toLocalDate();
			if (isWorkingDay(day)) {
				ZonedDateTime open = day.atTime(opens).atZone(t.getZone());
				ZonedDateTime close = day.atTime(closes).atZone(t.getZone());
				if (t.isBefore(open)) {
					t = open;
				}
				if (t.isBefore(close)) {
					Duration available = Duration.between(t, close);
					if (left.compareTo(available) <= 0) {
						return t.plus(left);
					}
					left = left.minus(available);
				}
			}
			t = day.plusDays(1).atStartOfDay(t.getZone());
		}
		throw new IllegalStateException("no working time within ten years");
	}

	/**
	 * The end of the working day {@code start} falls on, or of the next working day after
	 * it.
	 */
	public ZonedDateTime endOfWorkingDay(ZonedDateTime start) {
		LocalDate day = start.toLocalDate();
		for (int guard = 0; guard < 3660; guard++) {
			ZonedDateTime close = day.atTime(closes).atZone(start.getZone());
			if (isWorkingDay(day) && start.isBefore(close)) {
				return close;
			}
			day = day.plusDays(1);
		}
		throw new IllegalStateException("no working day within ten years");
	}

}
