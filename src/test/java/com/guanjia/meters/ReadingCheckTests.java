package com.guanjia.meters;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The consumption of a monthly reading and whether it is sent back for a re-check (R7.1
 * seed 003: abnormal readings go back to engineering; R7.2 seed 002:
 * "托管期间水表不超过5º,电表不超过20º"), worked by hand.
 */
class ReadingCheckTests {

	static final BigDecimal THREE = new BigDecimal("3");

	static BigDecimal d(String v) {
		return new BigDecimal(v);
	}

	static List<BigDecimal> history(String... values) {
		return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
	}

	@Test
	void r7_1_consumptionIsTheReadingMinusThePreviousOne() {
		ReadingCheck c = ReadingCheck.of(d("1200"), d("1230"), null, List.of(), THREE, null);
		assertThat(c.consumption()).isEqualByComparingTo("30");
		assertThat(c.hold()).isNull();
		// nothing used is no error
		assertThat(ReadingCheck.of(d("1200"), d("1200"), null, List.of(), THREE, null).hold()).isNull();
	}

	@Test
	void r7_1_aReadingBelowThePreviousOneIsSentBack() {
		ReadingCheck c = ReadingCheck.of(d("1200"), d("1195"), null, List.of(), THREE, null);
		assertThat(c.consumption()).isEqualByComparingTo("-5");
		assertThat(c.hold()).isEqualTo(HoldReason.LOWER_THAN_PREVIOUS);
	}

	@Test
	void r7_1_aReplacedMeterAddsWhatTheOldOneRanAndWhatTheNewOneRan() {
		// old meter 9990 → 9998 (8), new meter 0 → 12 (12): 20
		ReadingCheck c = ReadingCheck.of(d("9990"), d("12"), new ReadingCheck.Replacement(d("9998"), d("0")), List.of(),
				THREE, null);
		assertThat(c.consumption()).isEqualByComparingTo("20");
		assertThat(c.hold()).isNull();
		// a new meter starting at 5: 8 + (12 − 5) = 15
		assertThat(ReadingCheck
			.of(d("9990"), d("12"), new ReadingCheck.Replacement(d("9998"), d("5")), List.of(), THREE, null)
			.consumption()).isEqualByComparingTo("15");
	}

	@Test
	void r7_1_moreThanThreeTimesTheMedianOfRecentMonthsIsASpike() {
		// recent months 20, 30, 25: median 25; 3 × 25 = 75 is still normal, 76 is not
		List<BigDecimal> recent = history("20", "30", "25");
		assertThat(ReadingCheck.of(d("100"), d("175"), null, recent, THREE, null).hold()).isNull();
		assertThat(ReadingCheck.of(d("100"), d("176"), null, recent, THREE, null).hold()).isEqualTo(HoldReason.SPIKE);
		// four months 20, 30, 24, 26: median (24 + 26) ÷ 2 = 25
		List<BigDecimal> four = history("20", "30", "24", "26");
		assertThat(ReadingCheck.of(d("100"), d("175"), null, four, THREE, null).hold()).isNull();
		assertThat(ReadingCheck.of(d("100"), d("175.5"), null, four, THREE, null).hold()).isEqualTo(HoldReason.SPIKE);
		// no history, or a meter that used nothing lately: no spike to compare with
		assertThat(ReadingCheck.of(d("100"), d("900"), null, List.of(), THREE, null).hold()).isNull();
		assertThat(ReadingCheck.of(d("100"), d("900"), null, history("0", "0", "0"), THREE, null).hold()).isNull();
	}

	@Test
	void r7_2_aCustodialUnitAboveItsLimitIsSentBack() {
		// water limit 5 m³: 5 is allowed, 6 is not
		assertThat(ReadingCheck.of(d("100"), d("105"), null, List.of(), THREE, d("5")).hold()).isNull();
		assertThat(ReadingCheck.of(d("100"), d("106"), null, List.of(), THREE, d("5")).hold())
			.isEqualTo(HoldReason.CUSTODIAL_LIMIT);
		// a spike is named first
		assertThat(ReadingCheck.of(d("100"), d("106"), null, history("1", "1", "1"), THREE, d("5")).hold())
			.isEqualTo(HoldReason.SPIKE);
	}

	@Test
	void theMedianOfRecentMonths() {
		assertThat(ReadingCheck.median(List.of())).isEmpty();
		assertThat(ReadingCheck.median(history("7"))).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("7"));
		assertThat(ReadingCheck.median(history("3", "1", "2")))
			.hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("2"));
		assertThat(ReadingCheck.median(history("4", "1", "3", "2")))
			.hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("2.5"));
		assertThat(ReadingCheck.median(history("10", "40")))
			.hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("25"));
	}

}
