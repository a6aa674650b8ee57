package com.guanjia.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.guanjia.billing.RunCalculator.LineDraft;
import com.guanjia.billing.RunCalculator.UnitFacts;
import com.guanjia.estate.UnitState;
import com.guanjia.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * The lines a billing run writes for one unit (R6.1–R6.3), worked by hand without a
 * database: which items are charged, at what quantity, rate and amount, with which detail
 * and due date. Seed 002: "物业管理费按全额的70%收取" (custodial units); seed 003 item 27:
 * "每季度核算单元费用,包括物业费、水电公摊、自用水费、车辆管理费".
 */
class RunCalculatorTests {

	static final YearMonth DEC = YearMonth.of(2026, 12);

	static final YearMonth JAN = YearMonth.of(2027, 1);

	static final LocalDate LONG_AGO = LocalDate.of(2020, 6, 17);

	/** Item → its standards, as "from", "rate" pairs (flat prices). */
	static StandardHistory history(ChargeItem item, String... fromAndRate) {
		List<ChargeStandard> list = new ArrayList<>();
		for (int i = 0; i < fromAndRate.length; i += 2) {
			list.add(new ChargeStandard(i, item, LocalDate.parse(fromAndRate[i]), new BigDecimal(fromAndRate[i + 1]),
					List.of()));
		}
		return new StandardHistory(list);
	}

	/** 0–10 m³ at 3.50, 10–20 at 4.20, above 20 at 5.60. */
	static StandardHistory tieredWater() {
		return new StandardHistory(
				List.of(new ChargeStandard(1, ChargeItem.WATER, LocalDate.of(2020, 1, 1), new BigDecimal("3.50"),
						List.of(new PriceTier(new BigDecimal("10"), new BigDecimal("3.50")),
								new PriceTier(new BigDecimal("20"), new BigDecimal("4.20")),
								new PriceTier(null, new BigDecimal("5.60"))))));
	}

	static Map<ChargeItem, StandardHistory> standards() {
		Map<ChargeItem, StandardHistory> s = new EnumMap<>(ChargeItem.class);
		s.put(ChargeItem.MANAGEMENT, history(ChargeItem.MANAGEMENT, "2020-01-01", "1.50"));
		s.put(ChargeItem.LIFT_LIGHT, history(ChargeItem.LIFT_LIGHT, "2020-01-01", "5.00"));
		s.put(ChargeItem.PARKING, history(ChargeItem.PARKING, "2020-01-01", "150.00"));
		s.put(ChargeItem.WATER, tieredWater());
		s.put(ChargeItem.ELECTRICITY, history(ChargeItem.ELECTRICITY, "2020-01-01", "0.68"));
		return s;
	}

	static UnitFacts unit(long id, String area, UnitState state, LocalDate handover) {
		return new UnitFacts(id, 10, new BigDecimal(area), state, handover);
	}

	static RunCalculator.Inputs inputs(BillingSettings settings, Map<ChargeItem, StandardHistory> standards,
			List<YearMonth> months, Map<YearMonth, Map<Long, Map<ChargeItem, BigDecimal>>> consumption,
			Map<YearMonth, Map<ChargeItem, Map<Long, Money>>> shared, Map<Long, Integer> spaces,
			Map<Long, List<LateFee.Overdue>> overdue) {
		return new RunCalculator.Inputs(settings, standards, months, consumption, shared, spaces, overdue);
	}

	static List<LineDraft> december(UnitFacts unit) {
		return new RunCalculator(
				inputs(BillingSettings.DEFAULTS, standards(), List.of(DEC), Map.of(), Map.of(), Map.of(), Map.of()))
			.lines(unit);
	}

	/** item period quantity × rate = amount [detail] due. */
	static String row(LineDraft l) {
		return l.item() + " " + l.period() + " " + l.quantity().toPlainString() + " x " + l.rate().toPlainString()
				+ " = " + l.amount() + " [" + l.detail() + "] " + l.dueDate();
	}

	@Test
	void r6_1_aUnitLivedInAllMonthPaysEveryItemThatHasAStandard() {
		// unit 1: 89.50 m², 2 rented spaces, 23 m³ of water, 100.5 kWh; its building's
		// public meter left it 44.88 of shared electricity. December has 31 days; bills
		// fall due 15 days after the month: 15 January.
		UnitFacts unit = new UnitFacts(1, 10, new BigDecimal("89.50"), UnitState.OCCUPIED, LONG_AGO);
		var in = inputs(BillingSettings.DEFAULTS, standards(), List.of(DEC),
				Map.of(DEC,
						Map.of(1L,
								Map.of(ChargeItem.WATER, new BigDecimal("23"), ChargeItem.ELECTRICITY,
										new BigDecimal("100.5")))),
				Map.of(DEC, Map.of(ChargeItem.SHARED_ELECTRICITY, Map.of(1L, Money.of("44.88")))), Map.of(1L, 2),
				Map.of());
		assertThat(new RunCalculator(in).lines(unit)).extracting(RunCalculatorTests::row)
			.containsExactly(
					// 89.50 × 1.50 = 134.25; no heating standard, so no heating line
					"MANAGEMENT 2026-12-01 89.50 x 1.50 = 134.25 [] 2027-01-15",
					"LIFT_LIGHT 2026-12-01 1 x 5.00 = 5.00 [] 2027-01-15",
					// 2 spaces × 150.00
					"PARKING 2026-12-01 2 x 150.00 = 300.00 [] 2027-01-15",
					// 10 × 3.50 + 10 × 4.20 + 3 × 5.60 = 35.00 + 42.00 + 16.80 = 93.80
					"WATER 2026-12-01 23 x 3.50 = 93.80 [tiered] 2027-01-15",
					// 100.5 × 0.68 = 68.34
					"ELECTRICITY 2026-12-01 100.5 x 0.68 = 68.34 [] 2027-01-15",
					"SHARED_ELECTRICITY 2026-12-01 89.50 x 0 = 44.88 [area 89.50] 2027-01-15");
		assertThat(new RunCalculator(in).lines(unit)).allSatisfy(l -> {
			assertThat(l.unitId()).isEqualTo(1);
			assertThat(l.buildingId()).isEqualTo(10);
		});
	}

	@Test
	void r6_1_vacantUnitsAreChargedInFullAndUnitsNotHandedOverNotAtAll() {
		// 空置: the owner pays the whole management fee; no rented space → no parking line
		assertThat(december(unit(1, "89.50", UnitState.VACANT, LONG_AGO))).extracting(RunCalculatorTests::row)
			.containsExactly("MANAGEMENT 2026-12-01 89.50 x 1.50 = 134.25 [] 2027-01-15",
					"LIFT_LIGHT 2026-12-01 1 x 5.00 = 5.00 [] 2027-01-15");
		// 未售 (even with a handover date by mistake), or no handover date: nothing
		assertThat(december(unit(2, "89.50", UnitState.UNSOLD, LONG_AGO))).isEmpty();
		assertThat(december(new UnitFacts(3, 10, new BigDecimal("89.50"), UnitState.OCCUPIED, null))).isEmpty();
		// handed over on 1 January: nothing for December
		assertThat(december(unit(4, "89.50", UnitState.OCCUPIED, LocalDate.of(2027, 1, 1)))).isEmpty();
	}

	@Test
	void r6_1_handoverOnTheLastDayOfTheMonthPaysThatOneDay() {
		// 134.25 × 1 ÷ 31 = 4.3306… → 4.33; 5.00 × 1 ÷ 31 = 0.1612… → 0.16
		assertThat(december(unit(1, "89.50", UnitState.OCCUPIED, LocalDate.of(2026, 12, 31))))
			.extracting(RunCalculatorTests::row)
			.containsExactly("MANAGEMENT 2026-12-01 89.50 x 1.50 = 4.33 [1/31d] 2027-01-15",
					"LIFT_LIGHT 2026-12-01 1 x 5.00 = 0.16 [1/31d] 2027-01-15");
	}

	@Test
	void r6_1_custodialUnitsPaySeventyPercentOfTheManagementFeeOnly() {
		// 134.25 × 70% = 93.975 → 93.98 (half-up); the lift light stays at 100%
		assertThat(december(unit(1, "89.50", UnitState.CUSTODIAL, LONG_AGO))).extracting(RunCalculatorTests::row)
			.containsExactly("MANAGEMENT 2026-12-01 89.50 x 1.50 = 93.98 [70%] 2027-01-15",
					"LIFT_LIGHT 2026-12-01 1 x 5.00 = 5.00 [] 2027-01-15");
		// handed over on 17 December: days 17–31 = 15; 89.50 × 1.50 × 15 × 70 ÷ (31 ×
		// 100)
		// = 140962.5 ÷ 3100 = 45.4717… → 45.47; lift light 5.00 × 15 ÷ 31 = 2.419… → 2.42
		assertThat(december(unit(1, "89.50", UnitState.CUSTODIAL, LocalDate.of(2026, 12, 17))))
			.extracting(RunCalculatorTests::row)
			.containsExactly("MANAGEMENT 2026-12-01 89.50 x 1.50 = 45.47 [15/31d 70%] 2027-01-15",
					"LIFT_LIGHT 2026-12-01 1 x 5.00 = 2.42 [15/31d] 2027-01-15");
		// a community whose contract says 75.5%: 134.25 × 0.755 = 101.35875 → 101.36
		var settings = new BillingSettings(RoundingMode.HALF_UP, new BigDecimal("75.50"), 15,
				BillingSettings.LateFeeBasis.OFF, BigDecimal.ZERO, Money.of("500"));
		assertThat(new RunCalculator(
				inputs(settings, Map.of(ChargeItem.MANAGEMENT, standards().get(ChargeItem.MANAGEMENT)), List.of(DEC),
						Map.of(), Map.of(), Map.of(), Map.of()))
			.lines(unit(1, "89.50", UnitState.CUSTODIAL, LONG_AGO))).extracting(RunCalculatorTests::row)
			.containsExactly("MANAGEMENT 2026-12-01 89.50 x 1.50 = 101.36 [75.5%] 2027-01-15");
	}

	@Test
	void r6_1_aZeroRateWritesNoLine() {
		// heating has a standard of 0.00 outside the season: no 0.00 line on the bill
		Map<ChargeItem, StandardHistory> s = new EnumMap<>(ChargeItem.class);
		s.put(ChargeItem.HEATING, history(ChargeItem.HEATING, "2020-01-01", "0.00"));
		s.put(ChargeItem.ELECTRICITY, history(ChargeItem.ELECTRICITY, "2020-01-01", "0.00"));
		var in = inputs(BillingSettings.DEFAULTS, s, List.of(DEC),
				Map.of(DEC, Map.of(1L, Map.of(ChargeItem.ELECTRICITY, new BigDecimal("100")))), Map.of(), Map.of(),
				Map.of());
		assertThat(new RunCalculator(in).lines(unit(1, "89.50", UnitState.OCCUPIED, LONG_AGO))).isEmpty();
	}

	@Test
	void r6_2_meteredItemsChargeOnlyWhatWasUsedAtThePriceInForceWhenTheMeterIsRead() {
		// the water price rises to 4.00 on 31 December, the day the December reading is
		// taken: December's 23 m³ cost 23 × 4.00 = 92.00. Electricity gets a price only
		// from 1 January: no December electricity line.
		Map<ChargeItem, StandardHistory> s = new EnumMap<>(ChargeItem.class);
		s.put(ChargeItem.WATER, history(ChargeItem.WATER, "2020-01-01", "3.50", "2026-12-31", "4.00"));
		s.put(ChargeItem.ELECTRICITY, history(ChargeItem.ELECTRICITY, "2027-01-01", "0.68"));
		Map<ChargeItem, BigDecimal> used = Map.of(ChargeItem.WATER, new BigDecimal("23"), ChargeItem.ELECTRICITY,
				new BigDecimal("100"));
		var in = inputs(
				BillingSettings.DEFAULTS, s, List.of(DEC), Map.of(DEC, Map.of(1L, used, 2L,
						Map.of(ChargeItem.WATER, BigDecimal.ZERO), 3L, Map.of(ChargeItem.WATER, new BigDecimal("-1")))),
				Map.of(), Map.of(), Map.of());
		RunCalculator calculator = new RunCalculator(in);
		assertThat(calculator.lines(unit(1, "89.50", UnitState.OCCUPIED, LONG_AGO))).extracting(RunCalculatorTests::row)
			.containsExactly("WATER 2026-12-01 23 x 4.00 = 92.00 [] 2027-01-15");
		// nothing used, a meter that ran backwards (a correction), no reading: no line
		assertThat(calculator.lines(unit(2, "89.50", UnitState.OCCUPIED, LONG_AGO))).isEmpty();
		assertThat(calculator.lines(unit(3, "89.50", UnitState.OCCUPIED, LONG_AGO))).isEmpty();
		assertThat(calculator.lines(unit(4, "89.50", UnitState.OCCUPIED, LONG_AGO))).isEmpty();
	}

	@Test
	void r6_2_meteredCostIsRoundedToTheFenWithTheCommunitysRule() {
		// 10.125 kWh × 0.68 = 6.885 → 6.89 half-up, 6.88 rounding down
		Map<ChargeItem, StandardHistory> s = Map.of(ChargeItem.ELECTRICITY,
				history(ChargeItem.ELECTRICITY, "2020-01-01", "0.68"));
		var consumption = Map.of(DEC, Map.of(1L, Map.of(ChargeItem.ELECTRICITY, new BigDecimal("10.125"))));
		UnitFacts unit = unit(1, "89.50", UnitState.OCCUPIED, LONG_AGO);
		assertThat(new RunCalculator(
				inputs(BillingSettings.DEFAULTS, s, List.of(DEC), consumption, Map.of(), Map.of(), Map.of()))
			.lines(unit)).extracting(LineDraft::amount).containsExactly(Money.of("6.89"));
		var down = new BillingSettings(RoundingMode.DOWN, new BigDecimal("70"), 15, BillingSettings.LateFeeBasis.OFF,
				BigDecimal.ZERO, Money.of("500"));
		assertThat(
				new RunCalculator(inputs(down, s, List.of(DEC), consumption, Map.of(), Map.of(), Map.of())).lines(unit))
			.extracting(LineDraft::amount)
			.containsExactly(Money.of("6.88"));
	}

	@Test
	void r6_2_aZeroSharedPartWritesNoLine() {
		var in = inputs(
				BillingSettings.DEFAULTS, Map.of(), List.of(DEC), Map.of(), Map.of(DEC, Map.of(ChargeItem.SHARED_WATER,
						Map.of(1L, Money.ZERO), ChargeItem.SHARED_ELECTRICITY, Map.of(1L, Money.of("0.01")))),
				Map.of(), Map.of());
		assertThat(new RunCalculator(in).lines(unit(1, "65.25", UnitState.OCCUPIED, LONG_AGO)))
			.extracting(RunCalculatorTests::row)
			.containsExactly("SHARED_ELECTRICITY 2026-12-01 65.25 x 0 = 0.01 [area 65.25] 2027-01-15");
	}

	@Test
	void r6_3_aQuarterRunBillsEachMonthAndTheLateFeeOnceInTheFirstMonth() {
		// the contract's late fee: 0.05% a day. 134.25 fell due on 15 November and is
		// still
		// owed: overdue 16–30 November = 15 days; 134.25 × 0.0005 × 15 = 1.006875 → 1.01,
		// charged once, in December. Management is billed for December and January; this
		// contract's bills fall due 10 days after the month.
		var settings = new BillingSettings(RoundingMode.HALF_UP, new BigDecimal("70"), 10,
				BillingSettings.LateFeeBasis.DAY, new BigDecimal("0.0005"), Money.of("500"));
		var in = inputs(settings, Map.of(ChargeItem.MANAGEMENT, standards().get(ChargeItem.MANAGEMENT)),
				List.of(DEC, JAN), Map.of(), Map.of(), Map.of(),
				Map.of(1L, List.of(new LateFee.Overdue(LocalDate.of(2026, 11, 15), Money.of("134.25")))));
		RunCalculator calculator = new RunCalculator(in);
		assertThat(calculator.lines(unit(1, "89.50", UnitState.OCCUPIED, LONG_AGO))).extracting(RunCalculatorTests::row)
			.containsExactly("LATE_FEE 2026-12-01 1 x 0.0005 = 1.01 [DAY] 2027-01-10",
					"MANAGEMENT 2026-12-01 89.50 x 1.50 = 134.25 [] 2027-01-10",
					"MANAGEMENT 2027-01-01 89.50 x 1.50 = 134.25 [] 2027-02-10");
		// another unit owes nothing: no late-fee line
		assertThat(calculator.lines(unit(2, "89.50", UnitState.OCCUPIED, LONG_AGO))).extracting(LineDraft::item)
			.containsExactly(ChargeItem.MANAGEMENT, ChargeItem.MANAGEMENT);
		// handed over on 1 January: December is skipped, January is charged
		assertThat(calculator.lines(unit(3, "89.50", UnitState.OCCUPIED, JAN.atDay(1))))
			.extracting(RunCalculatorTests::row)
			.containsExactly("MANAGEMENT 2027-01-01 89.50 x 1.50 = 134.25 [] 2027-02-10");
	}

	@Test
	void r6_2_sharedCostIsApportionedByAreaOverTheChargedUnitsOfTheMetersBuilding() {
		// building 10's public meter: 100 kWh × 0.68 = 68.00 over units 1 (60 m²) and 2
		// (40
		// m²) = 40.80 and 27.20; unit 4 is unsold and unit 3 is in building 11, so they
		// get
		// nothing from it. The community's meter: 15 kWh × 0.68 = 10.20 over units 1, 2
		// and 3 (60 + 40 + 50 = 150 m²) = 4.08, 2.72 and 3.40. Shared water has no
		// standard in force at the end of December (it starts on 1 January): no parts.
		List<UnitFacts> units = List.of(new UnitFacts(1, 10, new BigDecimal("60"), UnitState.OCCUPIED, LONG_AGO),
				new UnitFacts(2, 10, new BigDecimal("40"), UnitState.VACANT, LONG_AGO),
				new UnitFacts(3, 11, new BigDecimal("50"), UnitState.RENTED, LONG_AGO),
				new UnitFacts(4, 10, new BigDecimal("100"), UnitState.UNSOLD, null));
		Map<ChargeItem, StandardHistory> s = Map.of(ChargeItem.SHARED_ELECTRICITY,
				history(ChargeItem.SHARED_ELECTRICITY, "2020-01-01", "0.68"), ChargeItem.SHARED_WATER,
				history(ChargeItem.SHARED_WATER, "2027-01-01", "3.50"));
		var parts = RunCalculator.shared(units, DEC,
				List.of(new RunCalculator.PublicUse(ChargeItem.SHARED_ELECTRICITY, 10L, new BigDecimal("100")),
						new RunCalculator.PublicUse(ChargeItem.SHARED_ELECTRICITY, null, new BigDecimal("15")),
						new RunCalculator.PublicUse(ChargeItem.SHARED_WATER, 10L, new BigDecimal("40")),
						new RunCalculator.PublicUse(ChargeItem.HEATING, null, new BigDecimal("40"))),
				s, BillingSettings.DEFAULTS);
		assertThat(parts).containsOnlyKeys(ChargeItem.SHARED_ELECTRICITY);
		assertThat(parts.get(ChargeItem.SHARED_ELECTRICITY)).containsOnly(Map.entry(1L, Money.of("44.88")),
				Map.entry(2L, Money.of("29.92")), Map.entry(3L, Money.of("3.40")));
	}

	@Test
	void r6_2_aPublicMetersCostIsRoundedToTheFenBeforeItIsShared() {
		// 10.125 kWh × 0.68 = 6.885 → 6.89 half-up, shared over two equal units: 3.45 and
		// 3.44 (the odd fen to the first). Rounded down: 6.88 → 3.44 each.
		List<UnitFacts> units = List.of(new UnitFacts(1, 10, new BigDecimal("50"), UnitState.OCCUPIED, LONG_AGO),
				new UnitFacts(2, 10, new BigDecimal("50"), UnitState.OCCUPIED, LONG_AGO));
		Map<ChargeItem, StandardHistory> s = Map.of(ChargeItem.SHARED_ELECTRICITY,
				history(ChargeItem.SHARED_ELECTRICITY, "2020-01-01", "0.68"));
		var use = List.of(new RunCalculator.PublicUse(ChargeItem.SHARED_ELECTRICITY, 10L, new BigDecimal("10.125")));
		assertThat(
				RunCalculator.shared(units, DEC, use, s, BillingSettings.DEFAULTS).get(ChargeItem.SHARED_ELECTRICITY))
			.containsOnly(Map.entry(1L, Money.of("3.45")), Map.entry(2L, Money.of("3.44")));
		var down = new BillingSettings(RoundingMode.DOWN, new BigDecimal("70"), 15, BillingSettings.LateFeeBasis.OFF,
				BigDecimal.ZERO, Money.of("500"));
		assertThat(RunCalculator.shared(units, DEC, use, s, down).get(ChargeItem.SHARED_ELECTRICITY))
			.containsOnly(Map.entry(1L, Money.of("3.44")), Map.entry(2L, Money.of("3.44")));
	}

}
