package com.guanjia.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.guanjia.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the fee rules (R6.1, R6.2), each checked by hand in its comments.
 */
class FeeRulesTests {

	static final BigDecimal HUNDRED = new BigDecimal("100");

	static StandardHistory rates(String... fromAndRate) {
		List<ChargeStandard> list = new java.util.ArrayList<>();
		for (int i = 0; i < fromAndRate.length; i += 2) {
			list.add(new ChargeStandard(i, ChargeItem.MANAGEMENT, LocalDate.parse(fromAndRate[i]),
					new BigDecimal(fromAndRate[i + 1]), List.of()));
		}
		return new StandardHistory(list);
	}

	static Money fee(String area, YearMonth month, LocalDate from, LocalDate until, StandardHistory s,
			BigDecimal percent) {
		return TimeCharge.compute(new BigDecimal(area), month, from, until, s, percent, RoundingMode.HALF_UP)
			.orElseThrow()
			.amount();
	}

	@Test
	void r6_1_firstMonthIsProratedByDayFromTheHandover() {
		// 89.50 m² × 1.50 ¥ = 134.25 ¥ a full month. Handed over on 17 November 2026 (30
		// days): days 17..30 = 14 days; 134.25 × 14 ÷ 30 = 1879.50 ÷ 30 = 62.65 exactly.
		var result = TimeCharge
			.compute(new BigDecimal("89.50"), YearMonth.of(2026, 11), LocalDate.of(2026, 11, 17), null,
					rates("2020-01-01", "1.50"), HUNDRED, RoundingMode.HALF_UP)
			.orElseThrow();
		assertThat(result.days()).isEqualTo(14);
		assertThat(result.daysInMonth()).isEqualTo(30);
		assertThat(result.amount()).isEqualTo(Money.of("62.65"));
		// the next month is charged in full
		assertThat(fee("89.50", YearMonth.of(2026, 12), LocalDate.of(2026, 11, 17), null, rates("2020-01-01", "1.50"),
				HUNDRED))
			.isEqualTo(Money.of("134.25"));
		// before the handover month: nothing
		assertThat(TimeCharge.compute(new BigDecimal("89.50"), YearMonth.of(2026, 10), LocalDate.of(2026, 11, 17), null,
				rates("2020-01-01", "1.50"), HUNDRED, RoundingMode.HALF_UP))
			.isEmpty();
	}

	@Test
	void r6_1_lastMonthIsProratedByDayToTheEnd() {
		// service ends 10 December 2026 (31 days): 134.25 × 10 ÷ 31 = 43.3064… → 43.31
		// (half-up)
		assertThat(fee("89.50", YearMonth.of(2026, 12), LocalDate.of(2020, 6, 17), LocalDate.of(2026, 12, 10),
				rates("2020-01-01", "1.50"), HUNDRED))
			.isEqualTo(Money.of("43.31"));
	}

	@Test
	void r6_1_custodialUnitPaysSeventyPercent() {
		// 134.25 × 70 ÷ 100 = 93.975 → 93.98 half-up; a company that rounds half-down
		// gets 93.97
		assertThat(fee("89.50", YearMonth.of(2026, 12), LocalDate.of(2020, 6, 17), null, rates("2020-01-01", "1.50"),
				new BigDecimal("70")))
			.isEqualTo(Money.of("93.98"));
		assertThat(TimeCharge
			.compute(new BigDecimal("89.50"), YearMonth.of(2026, 12), LocalDate.of(2020, 6, 17), null,
					rates("2020-01-01", "1.50"), new BigDecimal("70"), RoundingMode.HALF_DOWN)
			.orElseThrow()
			.amount()).isEqualTo(Money.of("93.97"));
	}

	@Test
	void r6_1_rateChangeMidQuarterSplitsTheMonthByDay() {
		// Q1 2027; the rate goes from 1.50 to 1.80 on 16 February.
		StandardHistory s = rates("2020-01-01", "1.50", "2027-02-16", "1.80");
		LocalDate handover = LocalDate.of(2020, 6, 17);
		// January: 89.50 × 1.50 = 134.25
		assertThat(fee("89.50", YearMonth.of(2027, 1), handover, null, s, HUNDRED)).isEqualTo(Money.of("134.25"));
		// February (28 days): 89.50 × 1.50 × 15 = 2013.75; 89.50 × 1.80 × 13 = 2094.30;
		// (2013.75 + 2094.30) ÷ 28 = 4108.05 ÷ 28 = 146.7160… → 146.72
		assertThat(fee("89.50", YearMonth.of(2027, 2), handover, null, s, HUNDRED)).isEqualTo(Money.of("146.72"));
		// March: 89.50 × 1.80 = 161.10; the quarter: 134.25 + 146.72 + 161.10 = 442.07
		assertThat(fee("89.50", YearMonth.of(2027, 3), handover, null, s, HUNDRED)).isEqualTo(Money.of("161.10"));
	}

	@Test
	void r6_2_tieredWaterPrice() {
		// 0–10 m³ at 3.50, 10–20 at 4.20, above 20 at 5.60; 23 m³:
		// 10 × 3.50 = 35.00; 10 × 4.20 = 42.00; 3 × 5.60 = 16.80; total 93.80
		TieredPrice price = new TieredPrice(List.of(new PriceTier(new BigDecimal("10"), new BigDecimal("3.50")),
				new PriceTier(new BigDecimal("20"), new BigDecimal("4.20")),
				new PriceTier(null, new BigDecimal("5.60"))));
		assertThat(price.cost(new BigDecimal("23"))).isEqualByComparingTo("93.80");
		// inside the first tier: 7.5 × 3.50 = 26.25
		assertThat(price.cost(new BigDecimal("7.5"))).isEqualByComparingTo("26.25");
		assertThat(price.cost(BigDecimal.ZERO)).isEqualByComparingTo("0");
	}

	@Test
	void r6_2_sharedElectricityAddsUpExactlyLastFenByLargestRemainder() {
		// A public meter used 1,234.5 kWh at 0.68 ¥ = 839.46 ¥, over four units (Σ area
		// 418.12 m²). Exact shares: 89.50 → 179.68925…, 120.00 → 240.92413…, 65.25 →
		// 131.00249…, 143.37 → 287.84411… Rounded down: 179.68 + 240.92 + 131.00 + 287.84
		// = 839.44, so 2 fen are left; they go to the largest remainders: 0.925 fen (unit
		// 1) and 0.41366 fen (unit 2, just above unit 4's 0.41122). (Half-up per line
		// would give 839.45 and lose a fen.)
		Money total = Money.of("839.46");
		Map<Long, Money> parts = Apportionment.byWeight(total,
				List.of(new Apportionment.Share(1, new BigDecimal("89.50")),
						new Apportionment.Share(2, new BigDecimal("120.00")),
						new Apportionment.Share(3, new BigDecimal("65.25")),
						new Apportionment.Share(4, new BigDecimal("143.37"))));
		assertThat(parts).containsExactly(Map.entry(1L, Money.of("179.69")), Map.entry(2L, Money.of("240.93")),
				Map.entry(3L, Money.of("131.00")), Map.entry(4L, Money.of("287.84")));
		assertThat(parts.values().stream().reduce(Money.ZERO, Money::plus)).isEqualTo(total);
	}

	@Test
	void apportionmentTiesGoToTheFirstUnit() {
		// 0.10 over three equal units: 3 fen each, 1 fen left; equal remainders → the
		// first unit
		Map<Long, Money> parts = Apportionment.byWeight(Money.of("0.10"),
				List.of(new Apportionment.Share(7, BigDecimal.ONE), new Apportionment.Share(8, BigDecimal.ONE),
						new Apportionment.Share(9, BigDecimal.ONE)));
		assertThat(parts).containsExactly(Map.entry(7L, Money.of("0.04")), Map.entry(8L, Money.of("0.03")),
				Map.entry(9L, Money.of("0.03")));
	}

	@Test
	void lateFeeIsOffByDefaultAndPerDayOrPerMonthWhenTheContractSaysSo() {
		var overdue = List.of(new LateFee.Overdue(LocalDate.of(2026, 11, 15), Money.of("134.25")));
		YearMonth dec = YearMonth.of(2026, 12);
		assertThat(LateFee.of(overdue, dec, BillingSettings.DEFAULTS)).isEqualTo(Money.ZERO);
		// per day 0.05%: overdue 16–30 November = 15 days; 134.25 × 0.0005 × 15 =
		// 1.006875 → 1.01
		assertThat(LateFee.of(overdue, dec, settings(BillingSettings.LateFeeBasis.DAY, "0.0005")))
			.isEqualTo(Money.of("1.01"));
		// per month 1%: overdue at the end of November; 134.25 × 0.01 = 1.3425 → 1.34
		assertThat(LateFee.of(overdue, dec, settings(BillingSettings.LateFeeBasis.MONTH, "0.01")))
			.isEqualTo(Money.of("1.34"));
		// a bill due on 30 November is not late during November
		assertThat(LateFee.of(List.of(new LateFee.Overdue(LocalDate.of(2026, 11, 30), Money.of("100.00"))), dec,
				settings(BillingSettings.LateFeeBasis.DAY, "0.0005")))
			.isEqualTo(Money.ZERO);
	}

	static BillingSettings settings(BillingSettings.LateFeeBasis basis, String rate) {
		return new BillingSettings(RoundingMode.HALF_UP, new BigDecimal("70"), 15, basis, new BigDecimal(rate),
				Money.of("500"));
	}

	/**
	 * R6.7: debt 30 days overdue is still 0–30, 31 is 31–90; 90 and 91, 180 and 181
	 * change buckets the same way.
	 */
	@Test
	void r6_7_ageBucketsChangeAfter30_90And180Days() {
		assertThat(FeeReports.AgeBucket.of(1)).isEqualTo(FeeReports.AgeBucket.D0_30);
		assertThat(FeeReports.AgeBucket.of(30)).isEqualTo(FeeReports.AgeBucket.D0_30);
		assertThat(FeeReports.AgeBucket.of(31)).isEqualTo(FeeReports.AgeBucket.D31_90);
		assertThat(FeeReports.AgeBucket.of(90)).isEqualTo(FeeReports.AgeBucket.D31_90);
		assertThat(FeeReports.AgeBucket.of(91)).isEqualTo(FeeReports.AgeBucket.D91_180);
		assertThat(FeeReports.AgeBucket.of(180)).isEqualTo(FeeReports.AgeBucket.D91_180);
		assertThat(FeeReports.AgeBucket.of(181)).isEqualTo(FeeReports.AgeBucket.D180_PLUS);
	}

}
