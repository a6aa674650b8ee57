package com.guanjia.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * R3.2, R4.2, R2.2: when deadlines fall, in the community's zone, by calendar or business
 * hours.
 */
class DeadlineCalculatorTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** Monday 2026-11-30 10:00 in Shanghai. */
	static final Instant MONDAY_10 = Instant.parse("2026-11-30T02:00:00Z");

	@Test
	void calendarRulesCountMinutesHoursAndDays() {
		assertThat(DeadlineCalculator.due(MONDAY_10, SHANGHAI, DeadlineRule.minutes(30), BusinessCalendar.STANDARD))
			.isEqualTo(Instant.parse("2026-11-30T02:30:00Z"));
		assertThat(DeadlineCalculator.due(MONDAY_10, SHANGHAI, DeadlineRule.hours(1), BusinessCalendar.STANDARD))
			.isEqualTo(Instant.parse("2026-11-30T03:00:00Z"));
		assertThat(DeadlineCalculator.due(MONDAY_10, SHANGHAI, DeadlineRule.days(10), BusinessCalendar.STANDARD))
			.isEqualTo(Instant.parse("2026-12-10T02:00:00Z"));
	}

	@Test
	void sameDayMeansMidnightInTheCommunitysZone() {
		Instant lateEvening = Instant.parse("2026-11-30T15:30:00Z"); // 23:30 in Shanghai
		assertThat(DeadlineCalculator.due(lateEvening, SHANGHAI, DeadlineRule.sameDay(), BusinessCalendar.STANDARD))
			.isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
		assertThat(DeadlineCalculator.due(lateEvening, ZoneId.of("Europe/London"), DeadlineRule.sameDay(),
				BusinessCalendar.STANDARD))
			.isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
	}

	@Test
	void businessHoursSkipNightsWeekendsAndHolidaysButCountMakeUpDays() {
		// Friday 2026-12-04 17:00; 2 working hours → Monday 09:30 ... unless Monday is a
		// holiday.
		Instant friday17 = Instant.parse("2026-12-04T09:00:00Z");
		BusinessCalendar standard = BusinessCalendar.STANDARD;
		DeadlineRule twoHours = DeadlineRule.hours(2).inBusinessHours();
		assertThat(DeadlineCalculator.due(friday17, SHANGHAI, twoHours, standard).atZone(SHANGHAI).toLocalDateTime())
			.isEqualTo(LocalDate.of(2026, 12, 7).atTime(10, 0));
		BusinessCalendar holidayMonday = new BusinessCalendar(LocalTime.of(8, 30), LocalTime.of(17, 30),
				Set.of(LocalDate.of(2026, 12, 7)), Set.of());
		assertThat(
				DeadlineCalculator.due(friday17, SHANGHAI, twoHours, holidayMonday).atZone(SHANGHAI).toLocalDateTime())
			.isEqualTo(LocalDate.of(2026, 12, 8).atTime(10, 0));
		BusinessCalendar makeUpSaturday = new BusinessCalendar(LocalTime.of(8, 30), LocalTime.of(17, 30), Set.of(),
				Set.of(LocalDate.of(2026, 12, 5)));
		assertThat(
				DeadlineCalculator.due(friday17, SHANGHAI, twoHours, makeUpSaturday).atZone(SHANGHAI).toLocalDateTime())
			.isEqualTo(LocalDate.of(2026, 12, 5).atTime(10, 0));
	}

	@Test
	void theWarningFiresAtTheConfiguredShareOfTheAllowedTime() {
		Instant due = MONDAY_10.plus(Duration.ofMinutes(30));
		assertThat(DeadlineCalculator.warning(MONDAY_10, due, 0.8)).isEqualTo(MONDAY_10.plus(Duration.ofMinutes(24)));
		assertThat(DeadlineCalculator.warning(MONDAY_10, due, 0.5)).isEqualTo(MONDAY_10.plus(Duration.ofMinutes(15)));
	}

	/**
	 * Whole days are calendar days in the community's zone, other durations exact time
	 * (issue 15 item 9: these lines survived every mutation in Shanghai, which has no
	 * summer time). London leaves summer time on Sunday 2026-10-25: three days from
	 * Friday 10:00 BST is Monday 10:00 GMT, 73 hours later; 36 hours stay 36 hours.
	 */
	@Test
	void wholeDaysAreCalendarDaysInTheZoneAcrossTheEndOfSummerTime() {
		ZoneId london = ZoneId.of("Europe/London");
		Instant friday10 = Instant.parse("2026-10-23T09:00:00Z");
		assertThat(DeadlineCalculator.due(friday10, london, DeadlineRule.days(3), BusinessCalendar.STANDARD))
			.isEqualTo(Instant.parse("2026-10-26T10:00:00Z"));
		assertThat(DeadlineCalculator.due(friday10, london, DeadlineRule.hours(36), BusinessCalendar.STANDARD))
			.isEqualTo(Instant.parse("2026-10-24T21:00:00Z"));
	}

}
