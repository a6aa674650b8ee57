package com.guanjia.inspections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The windows of the day in which a round is walked, as staff type them on the round's
 * form ("08:00-12:00,14:00-18:00"): what is accepted, and what is refused (the form then
 * names the field).
 */
class TimeWindowTests {

	static final TimeWindow MORNING = new TimeWindow(LocalTime.of(8, 0), LocalTime.of(12, 0));

	static final TimeWindow AFTERNOON = new TimeWindow(LocalTime.of(14, 0), LocalTime.of(18, 0));

	@Test
	void windowsAreReadAndWrittenBackTheSameWay() {
		List<TimeWindow> windows = TimeWindow.parse("08:00-12:00,14:00-18:00");
		assertThat(windows).containsExactly(MORNING, AFTERNOON);
		assertThat(TimeWindow.format(windows)).isEqualTo("08:00-12:00,14:00-18:00");
		assertThat(MORNING).hasToString("08:00-12:00");
	}

	@Test
	void chinesePunctuationDashesAndSpacesAreAccepted() {
		assertThat(TimeWindow.parse("08:00–12:00，14:00~18:00")).containsExactly(MORNING, AFTERNOON);
		assertThat(TimeWindow.parse("08:00-12:00； 14:00-18:00")).containsExactly(MORNING, AFTERNOON);
		assertThat(TimeWindow.parse(" 08:00-12:00  14:00-18:00 ")).containsExactly(MORNING, AFTERNOON);
		assertThat(TimeWindow.parse(",08:00-12:00")).containsExactly(MORNING);
	}

	@Test
	void nothingOrSomethingThatIsNoListOfWindowsIsRefused() {
		assertThat(TimeWindow.parse(null)).isNull();
		assertThat(TimeWindow.parse("")).isNull();
		assertThat(TimeWindow.parse("   ")).isNull();
		assertThat(TimeWindow.parse(",")).isNull();
		assertThat(TimeWindow.parse("08:00")).isNull();
		assertThat(TimeWindow.parse("08:00-12:00-13:00")).isNull();
		assertThat(TimeWindow.parse("8am-12:00")).isNull();
		assertThat(TimeWindow.parse("08:00-12:00,14:00")).isNull();
	}

	@Test
	void aWindowMustEndAfterItStarts() {
		assertThat(TimeWindow.parse("12:00-08:00")).isNull();
		assertThat(TimeWindow.parse("08:00-08:00")).isNull();
		assertThat(TimeWindow.parse("08:00-12:00,18:00-14:00")).isNull();
		assertThat(TimeWindow.parse("08:00-08:01"))
			.containsExactly(new TimeWindow(LocalTime.of(8, 0), LocalTime.of(8, 1)));
	}

}
