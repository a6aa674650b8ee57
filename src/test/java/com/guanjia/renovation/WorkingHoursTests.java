package com.guanjia.renovation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;

/**
 * R9.4 (seed 000): renovation work 08:00–12:00 and 14:00–18:00, start included, end
 * excluded; R9.5 (seed 003 "每日下午下班提前半小时至1小时检查装修单元的楼道卫生"): the corridor check from an hour
 * to half an hour before work ends.
 */
class WorkingHoursTests {

	static final WorkingHours HOURS = new WorkingHours(LocalTime.of(8, 0), LocalTime.of(12, 0), LocalTime.of(14, 0),
			LocalTime.of(18, 0));

	@Test
	void r9_4_workIsAllowedInTheMorningAndTheAfternoonOnly() {
		assertThat(HOURS.allows(LocalTime.of(7, 59, 59))).isFalse();
		assertThat(HOURS.allows(LocalTime.of(8, 0))).isTrue();
		assertThat(HOURS.allows(LocalTime.of(11, 59, 59))).isTrue();
		assertThat(HOURS.allows(LocalTime.of(12, 0))).isFalse();
		assertThat(HOURS.allows(LocalTime.of(13, 59, 59))).isFalse();
		assertThat(HOURS.allows(LocalTime.of(14, 0))).isTrue();
		assertThat(HOURS.allows(LocalTime.of(17, 59, 59))).isTrue();
		assertThat(HOURS.allows(LocalTime.of(18, 0))).isFalse();
		assertThat(HOURS.allows(LocalTime.of(22, 0))).isFalse();
	}

	@Test
	void r9_5_theCorridorIsCheckedAnHourToHalfAnHourBeforeWorkEnds() {
		assertThat(HOURS.corridorCheckFrom()).isEqualTo(LocalTime.of(17, 0));
		assertThat(HOURS.corridorCheckUntil()).isEqualTo(LocalTime.of(17, 30));
	}

	@Test
	void r9_4_theHoursAreShownAsTheSeedWritesThem() {
		assertThat(HOURS.describe()).isEqualTo("08:00–12:00、14:00–18:00");
	}

}
