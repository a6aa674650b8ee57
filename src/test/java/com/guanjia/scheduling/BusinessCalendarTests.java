package com.guanjia.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Working time of a community (08:30–17:30, Monday to Friday unless a holiday or a
 * make-up day says otherwise), which the deadlines of R4.2 and R5.1 count in, at its
 * edges: a deadline that ends exactly at closing time, and the end of the working day.
 */
class BusinessCalendarTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final BusinessCalendar CAL = BusinessCalendar.STANDARD;

	/** December 2026: the 7th is a Monday. */
	static ZonedDateTime at(int day, int hour, int minute) {
		return LocalDateTime.of(2026, 12, day, hour, minute).atZone(SHANGHAI);
	}

	@Test
	void aWholeWorkingDayFromOpeningEndsAtClosingTimeTheSameDay() {
		// 08:30 + 9 h = 17:30 on Monday, not 08:30 on Tuesday
		assertThat(CAL.plusWorkingTime(at(7, 8, 30), Duration.ofHours(9))).isEqualTo(at(7, 17, 30));
		// one minute more runs into Tuesday
		assertThat(CAL.plusWorkingTime(at(7, 8, 30), Duration.ofHours(9).plusMinutes(1))).isEqualTo(at(8, 8, 31));
		// an hour from 17:00 on Friday: half an hour on Friday, half an hour on Monday
		assertThat(CAL.plusWorkingTime(at(11, 17, 0), Duration.ofHours(1))).isEqualTo(at(14, 9, 0));
	}

	@Test
	void theEndOfTheWorkingDayIsTodaysClosingOrTheNextWorkingDays() {
		assertThat(CAL.endOfWorkingDay(at(7, 10, 0))).isEqualTo(at(7, 17, 30));
		assertThat(CAL.endOfWorkingDay(at(7, 6, 0))).isEqualTo(at(7, 17, 30));
		// at closing time the day is over: Tuesday's
		assertThat(CAL.endOfWorkingDay(at(7, 17, 30))).isEqualTo(at(8, 17, 30));
		assertThat(CAL.endOfWorkingDay(at(7, 17, 29))).isEqualTo(at(7, 17, 30));
		// Friday evening and Saturday: Monday's
		assertThat(CAL.endOfWorkingDay(at(11, 18, 0))).isEqualTo(at(14, 17, 30));
		assertThat(CAL.endOfWorkingDay(at(12, 10, 0))).isEqualTo(at(14, 17, 30));
		// a holiday on Monday: Tuesday's; a make-up Saturday: that Saturday's
		BusinessCalendar holiday = new BusinessCalendar(LocalTime.of(8, 30), LocalTime.of(17, 30),
				Set.of(LocalDate.of(2026, 12, 14)), Set.of(LocalDate.of(2026, 12, 19)));
		assertThat(holiday.endOfWorkingDay(at(12, 10, 0))).isEqualTo(at(15, 17, 30));
		assertThat(holiday.endOfWorkingDay(at(19, 9, 0))).isEqualTo(at(19, 17, 30));
	}

}
