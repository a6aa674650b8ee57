package com.guanjia.carpark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import com.guanjia.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * R12.1 (issue 14 item 4): the duration fee at each boundary of the tariff, worked out by
 * hand. The tariff: 15 free minutes; the first hour 5.00; every further half hour 2.00;
 * at most 30.00 a calendar day; a period that starts between 22:00 and 07:00 costs 1.00.
 * Times are Shanghai's; midnight and the night window are the community's, not UTC's.
 */
class TariffTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final Tariff TARIFF = new Tariff(1, 1, Instant.EPOCH, 15, 60, Money.of("5.00"), 30, Money.of("2.00"),
			Money.of("30.00"), LocalTime.of(22, 0), LocalTime.of(7, 0), Money.of("1.00"), Money.of("300.00"),
			"中价〔2026〕65号");

	static Instant at(int day, int hour, int minute, int second) {
		return LocalDateTime.of(2026, 11, day, hour, minute, second).atZone(SHANGHAI).toInstant();
	}

	static Tariff.Charge charge(Instant entry, Instant exit) {
		return TARIFF.charge(entry, exit, SHANGHAI);
	}

	@Test
	void freeMinutes_aStayOfExactlyFifteenMinutesIsFree_oneSecondMorePaysTheFirstHour() {
		Tariff.Charge fifteen = charge(at(30, 10, 0, 0), at(30, 10, 15, 0));
		assertThat(fifteen.tooShort()).isTrue();
		assertThat(fifteen.amount()).isEqualTo(Money.ZERO);
		Tariff.Charge more = charge(at(30, 10, 0, 0), at(30, 10, 15, 1));
		assertThat(more.tooShort()).isFalse();
		// the free minutes are not taken off: one first period, 5.00
		assertThat(more.amount()).isEqualTo(Money.of("5.00"));
	}

	@Test
	void firstPeriod_exactlyOneHourPaysOnePeriod_oneSecondMoreStartsTheNextHalfHour() {
		assertThat(charge(at(30, 10, 0, 0), at(30, 11, 0, 0)).amount()).isEqualTo(Money.of("5.00"));
		// 5.00 + a half hour starting at 11:00
		assertThat(charge(at(30, 10, 0, 0), at(30, 11, 0, 1)).amount()).isEqualTo(Money.of("7.00"));
		// 11:30 starts before 11:30:01: 5.00 + 2 × 2.00
		assertThat(charge(at(30, 10, 0, 0), at(30, 11, 30, 1)).amount()).isEqualTo(Money.of("9.00"));
	}

	/**
	 * The browser journey's visitor: 10:00 to 12:10, the first hour and the half hours
	 * starting 11:00, 11:30 and 12:00 = 5.00 + 3 × 2.00 = 11.00.
	 */
	@Test
	void twoHoursTenMinutesCostElevenYuan() {
		Tariff.Charge c = charge(at(30, 10, 0, 0), at(30, 12, 10, 0));
		assertThat(c.amount()).isEqualTo(Money.of("11.00"));
		assertThat(c.minutes()).isEqualTo(130);
		assertThat(c.days())
			.containsExactly(new Tariff.Day(LocalDate.of(2026, 11, 30), 4, 0, Money.of("11.00"), Money.of("11.00")));
	}

	/**
	 * 08:00 to 20:00: the first hour 5.00 and the 22 half hours from 09:00 to 19:30 =
	 * 44.00, 49.00 in all, capped at 30.00. Below the cap: to 14:00:01 5.00 + 11 × 2.00 =
	 * 27.00, to 14:30:01 29.00; to 15:00:01 it would be 31.00 and pays the cap.
	 */
	@Test
	void dailyCap() {
		Tariff.Charge day = charge(at(30, 8, 0, 0), at(30, 20, 0, 0));
		assertThat(day.days())
			.containsExactly(new Tariff.Day(LocalDate.of(2026, 11, 30), 23, 0, Money.of("49.00"), Money.of("30.00")));
		assertThat(day.amount()).isEqualTo(Money.of("30.00"));
		assertThat(day.days().get(0).capped()).isTrue();
		assertThat(charge(at(30, 8, 0, 0), at(30, 14, 0, 1)).amount()).isEqualTo(Money.of("27.00"));
		assertThat(charge(at(30, 8, 0, 0), at(30, 14, 30, 1)).amount()).isEqualTo(Money.of("29.00"));
		assertThat(charge(at(30, 8, 0, 0), at(30, 15, 0, 1)).amount()).isEqualTo(Money.of("30.00"));
	}

	/**
	 * The night rate starts with a period that starts at 22:00: 21:00 to 22:00 is the
	 * first hour (5.00); one second more adds a night half hour (1.00). In the morning a
	 * period starting 06:00 is a night period, one starting 07:00 a day one.
	 */
	@Test
	void nightRateBoundaries() {
		assertThat(charge(at(29, 21, 0, 0), at(29, 22, 0, 0)).amount()).isEqualTo(Money.of("5.00"));
		assertThat(charge(at(29, 21, 0, 0), at(29, 22, 0, 1)).amount()).isEqualTo(Money.of("6.00"));
		// 21:59:59 starts the first hour by day: 5.00, the half hour from 22:59:59 at
		// night
		assertThat(charge(at(29, 21, 59, 59), at(29, 23, 0, 0)).amount()).isEqualTo(Money.of("6.00"));
		// a first period starting at 22:00 is charged at the night rate
		assertThat(charge(at(29, 22, 0, 0), at(29, 22, 30, 0)).amount()).isEqualTo(Money.of("1.00"));
		// 06:00 night (1.00), 07:00 day (2.00)
		assertThat(charge(at(30, 6, 0, 0), at(30, 7, 30, 0)).amount()).isEqualTo(Money.of("3.00"));
		// 06:59:59 is still night: 1.00, then 07:59:59 by day 2.00
		assertThat(charge(at(30, 6, 59, 59), at(30, 8, 0, 0)).amount()).isEqualTo(Money.of("3.00"));
	}

	/**
	 * Over midnight, each day is capped alone, at Shanghai's midnight (16:00 UTC). 20:00
	 * on the 29th to 09:00 on the 30th: the 29th has the first hour (5.00), 21:00 and
	 * 21:30 (4.00) and the night half hours 22:00–23:30 (4 × 1.00) = 13.00; the 30th the
	 * night half hours 00:00–06:30 (14 × 1.00) and 07:00–08:30 by day (4 × 2.00) = 22.00;
	 * 35.00 in all.
	 */
	@Test
	void midnightSplitsTheDaysInTheCommunitysZone() {
		Tariff.Charge night = charge(at(29, 20, 0, 0), at(30, 9, 0, 0));
		assertThat(night.days()).containsExactly(
				new Tariff.Day(LocalDate.of(2026, 11, 29), 3, 4, Money.of("13.00"), Money.of("13.00")),
				new Tariff.Day(LocalDate.of(2026, 11, 30), 4, 14, Money.of("22.00"), Money.of("22.00")));
		assertThat(night.amount()).isEqualTo(Money.of("35.00"));
	}

	/**
	 * A whole day and night, 08:00 to 08:00: the 29th 5.00 + 26 day half hours (52.00) +
	 * 4 night ones (4.00) = 61.00, capped at 30.00; the 30th 14 night half hours (14.00)
	 * and 07:00, 07:30 (4.00) = 18.00; 48.00. Cut at UTC midnight (08:00 Shanghai) the
	 * stay would be one day and pay the cap only.
	 */
	@Test
	void aDayAndANightIsCappedPerCalendarDay() {
		Tariff.Charge c = charge(at(29, 8, 0, 0), at(30, 8, 0, 0));
		assertThat(c.days()).containsExactly(
				new Tariff.Day(LocalDate.of(2026, 11, 29), 27, 4, Money.of("61.00"), Money.of("30.00")),
				new Tariff.Day(LocalDate.of(2026, 11, 30), 2, 14, Money.of("18.00"), Money.of("18.00")));
		assertThat(c.amount()).isEqualTo(Money.of("48.00"));
	}

	@Test
	void withoutNightRateOrCapEveryPeriodCostsTheDayFee() {
		Tariff plain = new Tariff(2, 1, Instant.EPOCH, 0, 60, Money.of("3.00"), 60, Money.of("3.00"), null, null, null,
				null, Money.of("200.00"), "中价〔2026〕65号");
		// 22:00 to 02:00 next day: four hours at 3.00, two on each day
		Tariff.Charge c = plain.charge(at(29, 22, 0, 0), at(30, 2, 0, 0), SHANGHAI);
		assertThat(c.amount()).isEqualTo(Money.of("12.00"));
		assertThat(c.tooShort()).isFalse();
		assertThat(plain.charge(at(29, 22, 0, 0), at(29, 22, 0, 0), SHANGHAI).tooShort()).isTrue();
	}

	/**
	 * A night window inside one day, 00:00–06:00: a period starting 05:30 costs the night
	 * 1.00, one starting 06:00 the day 2.00, one starting 23:30 the day 2.00. Without a
	 * night fee there is no night rate even with the hours set.
	 */
	@Test
	void aNightWindowThatDoesNotCrossMidnight() {
		Tariff early = new Tariff(3, 1, Instant.EPOCH, 0, 30, Money.of("2.00"), 30, Money.of("2.00"), null,
				LocalTime.of(0, 0), LocalTime.of(6, 0), Money.of("1.00"), Money.of("200.00"), "中价〔2026〕65号");
		// 05:30 night 1.00 + 06:00 day 2.00
		assertThat(early.charge(at(30, 5, 30, 0), at(30, 6, 30, 0), SHANGHAI).amount()).isEqualTo(Money.of("3.00"));
		// 23:30 day 2.00 + 00:00 night 1.00
		assertThat(early.charge(at(29, 23, 30, 0), at(30, 0, 30, 0), SHANGHAI).amount()).isEqualTo(Money.of("3.00"));
		Tariff noNightFee = new Tariff(3, 1, Instant.EPOCH, 0, 30, Money.of("2.00"), 30, Money.of("2.00"), null,
				LocalTime.of(0, 0), LocalTime.of(6, 0), null, Money.of("200.00"), "中价〔2026〕65号");
		assertThat(noNightFee.hasNightRate()).isFalse();
		assertThat(noNightFee.charge(at(30, 5, 30, 0), at(30, 6, 30, 0), SHANGHAI).amount())
			.isEqualTo(Money.of("4.00"));
		Tariff noNightEnd = new Tariff(3, 1, Instant.EPOCH, 0, 30, Money.of("2.00"), 30, Money.of("2.00"), null,
				LocalTime.of(0, 0), null, Money.of("1.00"), Money.of("200.00"), "中价〔2026〕65号");
		assertThat(noNightEnd.hasNightRate()).isFalse();
		assertThat(TARIFF.hasNightRate()).isTrue();
	}

	/**
	 * A day whose periods add up to exactly the cap is charged in full and not shown as
	 * capped; an exit recorded before the entry (a clock mistake) charges nothing and
	 * lasts no time.
	 */
	@Test
	void aDayAtTheCapIsNotCappedAndABackwardsStayIsFree() {
		// the first hour 5.00 + 12 half hours 24.00 + one night half hour 1.00 = 30.00:
		// 15:00 to 22:00:01
		Tariff.Charge atCap = charge(at(30, 15, 0, 0), at(30, 22, 0, 1));
		assertThat(atCap.days())
			.containsExactly(new Tariff.Day(LocalDate.of(2026, 11, 30), 13, 1, Money.of("30.00"), Money.of("30.00")));
		assertThat(atCap.days().get(0).capped()).isFalse();
		Tariff.Charge backwards = charge(at(30, 10, 0, 0), at(30, 9, 0, 0));
		assertThat(backwards.amount()).isEqualTo(Money.ZERO);
		assertThat(backwards.tooShort()).isTrue();
		assertThat(backwards.minutes()).isZero();
		assertThat(charge(at(30, 10, 0, 0), at(30, 10, 10, 0)).minutes()).isEqualTo(10);
	}

}
