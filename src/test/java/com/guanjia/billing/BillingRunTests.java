package com.guanjia.billing;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.guanjia.billing.LedgerViews.Line;
import com.guanjia.estate.ParkingCommand;
import com.guanjia.estate.ParkingManagement;
import com.guanjia.estate.ParkingState;
import com.guanjia.estate.UnitCommand;
import com.guanjia.estate.UnitKind;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.meters.MeterCommand;
import com.guanjia.meters.MeterKind;
import com.guanjia.meters.MeterManagement;
import com.guanjia.meters.ReadingCommand;
import com.guanjia.meters.ReadingStatus;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.shared.Money;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * R6.3: a billing run over a small community computed by hand, its preview, and that
 * re-running or resuming it never duplicates a line.
 */
@GuanjiaTest
class BillingRunTests {

	static final YearMonth NOV = YearMonth.of(2026, 11);

	@Autowired
	BillingRuns runs;

	@Autowired
	ChargeStandards standards;

	@Autowired
	Ledger ledger;

	@Autowired
	MeterManagement meters;

	@Autowired
	UnitManagement units;

	@Autowired
	ParkingManagement parking;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	@Autowired
	JdbcClient jdbc;

	long community;

	StaffUser finance;

	UnitView a;

	UnitView b;

	UnitView c;

	UnitView d;

	UnitView unsold;

	@BeforeEach
	void setUp() {
		// the community's contracted 1.50 ¥/m²/month seeds the management fee standard
		community = fixtures.community("收费小区").id();
		long building = fixtures.building(community, "1").id();
		finance = fixtures.staff(Role.FINANCE, community);
		a = fees.unit(community, building, "101", "89.50", UnitState.OCCUPIED, LocalDate.of(2026, 11, 17));
		b = fees.unit(community, building, "102", "120.00", UnitState.CUSTODIAL, LocalDate.of(2020, 5, 1));
		c = fees.unit(community, building, "103", "65.25", UnitState.VACANT, LocalDate.of(2021, 3, 9));
		d = fees.unit(community, building, "104", "143.37", UnitState.OCCUPIED, LocalDate.of(2019, 1, 1));
		unsold = fees.unit(community, building, "105", "50.00", UnitState.UNSOLD, null);
		as(finance, () -> {
			standards.define(community,
					new ChargeStandardCommand(ChargeItem.WATER, LocalDate.of(2026, 1, 1), new BigDecimal("3.50"),
							List.of(new PriceTier(new BigDecimal("10"), new BigDecimal("3.50")),
									new PriceTier(new BigDecimal("20"), new BigDecimal("4.20")),
									new PriceTier(null, new BigDecimal("5.60"))),
							null));
			standards.define(community, new ChargeStandardCommand(ChargeItem.SHARED_ELECTRICITY,
					LocalDate.of(2026, 1, 1), new BigDecimal("0.68"), null, null));
			var water = meters.register(community, new MeterCommand(MeterKind.WATER, "W-" + a.id(), a.id(), null));
			meters.recordBase(water.id(), new BigDecimal("100"), null, "业主甲");
			meters.record(community, new ReadingCommand(water.code(), NOV, new BigDecimal("123"), null, null, null));
			var common = meters.register(community,
					new MeterCommand(MeterKind.ELECTRICITY, "PE-" + community, null, null));
			meters.recordBase(common.id(), BigDecimal.ZERO, null, "业委会");
			meters.record(community,
					new ReadingCommand(common.code(), NOV, new BigDecimal("1234.5"), null, null, null));
			// issue 10 item 11: a gas meter (煤气表) is read but billed by the gas company,
			// never shared over the units nor charged as electricity
			var gas = meters.register(community, new MeterCommand(MeterKind.GAS, "PG-" + community, null, null));
			meters.recordBase(gas.id(), BigDecimal.ZERO, null, "业委会");
			meters.record(community, new ReadingCommand(gas.code(), NOV, new BigDecimal("800"), null, null, null));
		});
	}

	Map<String, Money> lines(UnitView unit) {
		return as(finance, () -> ledger.lines(unit.id(), false)).stream()
			.collect(Collectors.toMap(l -> l.item().name(), Line::amount));
	}

	@Test
	void r6_3_monthlyRunChargesWhatWasComputedByHand() {
		RunPreview preview = as(finance, () -> runs.preview(community, NOV, 1));
		// management: a 89.50 × 1.50 × 14/30 = 62.65; b custodial 120 × 1.50 × 70% =
		// 126.00; c vacant, in full: 65.25 × 1.50 = 97.875 → 97.88; d 143.37 × 1.50 =
		// 215.055 → 215.06 water (a): 23 m³ tiered = 35.00 + 42.00 + 16.80 = 93.80 shared
		// electricity: 1234.5 × 0.68 = 839.46 over a, b, c, d by area (largest
		// remainder): 179.69 + 240.93 + 131.00 + 287.84; the unsold unit pays nothing.
		// Total: (62.65 + 126.00 + 97.88 + 215.06) + 93.80 + 839.46 = 501.59 + 93.80 +
		// 839.46 = 1434.85
		assertThat(preview.total()).isEqualTo(Money.of("1434.85"));
		assertThat(preview.lines()).isEqualTo(9);
		assertThat(preview.units()).isEqualTo(4);
		assertThat(preview.firstTimeUnits()).isEqualTo(1);
		assertThat(lines(a)).isEmpty();

		RunView run = as(finance, () -> runs.commit(preview.run().id()));
		assertThat(run.status()).isEqualTo(RunView.RunStatus.COMMITTED);
		assertThat(run.lines()).isEqualTo(9);
		assertThat(run.total()).isEqualByComparingTo("1434.85");
		assertThat(lines(a)).containsExactlyInAnyOrderEntriesOf(Map.of("MANAGEMENT", Money.of("62.65"), "WATER",
				Money.of("93.80"), "SHARED_ELECTRICITY", Money.of("179.69")));
		assertThat(lines(b)).containsEntry("MANAGEMENT", Money.of("126.00"))
			.containsEntry("SHARED_ELECTRICITY", Money.of("240.93"));
		assertThat(lines(c)).containsEntry("MANAGEMENT", Money.of("97.88"));
		assertThat(lines(d)).containsEntry("MANAGEMENT", Money.of("215.06"));
		assertThat(lines(unsold)).isEmpty();
		assertThat(as(finance, () -> ledger.balance(a.id())).owed()).isEqualTo(Money.of("336.14"));
	}

	/**
	 * R6.1, R6.3: heating by area, the lift-light fee per unit and rented parking per
	 * space, each prorated from the handover like the management fee, computed by hand.
	 */
	@Test
	void r6_1_heatingLiftLightAndRentedParkingAreBilledPerMonth() {
		as(finance, () -> {
			standards.define(community, new ChargeStandardCommand(ChargeItem.HEATING, LocalDate.of(2026, 1, 1),
					new BigDecimal("0.30"), null, null));
			standards.define(community, new ChargeStandardCommand(ChargeItem.LIFT_LIGHT, LocalDate.of(2026, 1, 1),
					new BigDecimal("12.00"), null, null));
			standards.define(community, new ChargeStandardCommand(ChargeItem.PARKING, LocalDate.of(2026, 1, 1),
					new BigDecimal("150.00"), null, null));
		});
		as(Fixtures.ROOT, () -> {
			parking.create(community, new ParkingCommand("P-" + d.id() + "-1", "地下", ParkingState.RENTED, d.id()));
			parking.create(community, new ParkingCommand("P-" + d.id() + "-2", "地下", ParkingState.RENTED, d.id()));
			parking.create(community, new ParkingCommand("P-" + a.id(), "地下", ParkingState.RENTED, a.id()));
			// a sold space pays no rent
			parking.create(community, new ParkingCommand("P-" + b.id(), "地下", ParkingState.SOLD, b.id()));
			return null;
		});
		RunView run = as(finance, () -> runs.commit(runs.preview(community, NOV, 1).run().id()));
		// heating 0.30 ¥/m² (the custodial 70% is for the management fee only):
		// a 89.50 × 0.30 × 14/30 = 375.90 ÷ 30 = 12.53; b 120 × 0.30 = 36.00;
		// c 65.25 × 0.30 = 19.575 → 19.58; d 143.37 × 0.30 = 43.011 → 43.01
		// lift and light 12.00 a unit: a 12 × 14/30 = 5.60; b, c, d 12.00
		// parking 150.00 a rented space: a 150 × 14/30 = 70.00; d two spaces 300.00
		assertThat(lines(a)).containsEntry("HEATING", Money.of("12.53"))
			.containsEntry("LIFT_LIGHT", Money.of("5.60"))
			.containsEntry("PARKING", Money.of("70.00"));
		assertThat(lines(b)).containsEntry("HEATING", Money.of("36.00"))
			.containsEntry("LIFT_LIGHT", Money.of("12.00"))
			.doesNotContainKey("PARKING");
		assertThat(lines(c)).containsEntry("HEATING", Money.of("19.58"))
			.containsEntry("LIFT_LIGHT", Money.of("12.00"))
			.doesNotContainKey("PARKING");
		assertThat(lines(d)).containsEntry("HEATING", Money.of("43.01"))
			.containsEntry("LIFT_LIGHT", Money.of("12.00"))
			.containsEntry("PARKING", Money.of("300.00"));
		assertThat(lines(unsold)).isEmpty();
		// 1434.85 + heating 111.12 + lift and light 41.60 + parking 370.00 = 1957.57 in
		// 9 + 4 + 4 + 2 = 19 lines
		assertThat(run.lines()).isEqualTo(19);
		assertThat(run.total()).isEqualByComparingTo("1957.57");
		assertThat(as(finance, () -> runs.commit(runs.preview(community, NOV, 1).run().id())).lines()).isZero();
	}

	@Test
	void r6_3_reRunAndKilledAndResumedRunCreateNoDuplicates() {
		// killed after the first chunk of two units
		RunPreview first = as(finance, () -> runs.preview(community, NOV, 1));
		RunView interrupted = as(finance, () -> runs.execute(first.run().id(), 1, 2));
		assertThat(interrupted.status()).isEqualTo(RunView.RunStatus.RUNNING);
		assertThat(countLines()).isEqualTo(interrupted.lines()).isBetween(1, 8);
		// resumed: finishes the rest
		RunView resumed = as(finance, () -> runs.commit(first.run().id()));
		assertThat(resumed.status()).isEqualTo(RunView.RunStatus.COMMITTED);
		assertThat(countLines()).isEqualTo(9);
		assertThat(resumed.total()).isEqualByComparingTo("1434.85");
		// committing again, and a whole second run of the same month, add nothing
		as(finance, () -> runs.commit(first.run().id()));
		RunPreview again = as(finance, () -> runs.preview(community, NOV, 1));
		assertThat(again.existingLines()).isEqualTo(9);
		RunView second = as(finance, () -> runs.commit(again.run().id()));
		assertThat(second.lines()).isZero();
		assertThat(countLines()).isEqualTo(9);
		assertThat(jdbc.sql("select count(*) from ledger_entry where community_id = ? and kind = 'CHARGE'")
			.param(community)
			.query(Integer.class)
			.single()).isEqualTo(9);
		// issue 9 item 21: each line written has exactly one charge, of its unit, amount
		// and run, whichever chunk (or resumed run) wrote it
		assertThat(chargesNotMatchingTheirLine()).isEmpty();
	}

	/** Run lines without exactly one charge of their own unit, amount and run. */
	List<String> chargesNotMatchingTheirLine() {
		return jdbc
			.sql("""
					select l.id || ': ' || count(e.id) from bill_line l
					left join ledger_entry e on e.community_id = l.community_id and e.bill_line_id = l.id and e.kind = 'CHARGE'
					  and e.unit_id = l.unit_id and e.amount = l.amount and e.ref_type = 'RUN' and e.ref_id = l.run_id
					where l.community_id = ? and l.origin = 'RUN'
					group by l.id having count(e.id) <> 1""")
			.param(community)
			.query(String.class)
			.list();
	}

	/**
	 * R6.3, R6.4: a run line reversed because the handover date was entered wrong is
	 * billed again by a later run with the corrected date, once, however often it runs.
	 */
	@Test
	void r6_3_aReversedRunLineIsBilledAgainOnceAfterTheUnitIsCorrected() {
		as(finance, () -> runs.commit(runs.preview(community, NOV, 1).run().id()));
		var charge = as(finance, () -> ledger.entries(a.id())).stream()
			.filter(e -> e.kind() == EntryKind.CHARGE && e.item() == ChargeItem.MANAGEMENT)
			.findFirst()
			.orElseThrow();
		assertThat(charge.amount()).isEqualTo(Money.of("62.65"));
		// 62.65 is below the 500.00 threshold: reversed at once
		as(finance, () -> ledger.requestReversal(charge.id(), "交房日期录错"));
		// a was handed over on 2 November, not the 17th
		as(Fixtures.ROOT, () -> units.change(a.id(), a.version(), new UnitCommand(null, a.entrance(), a.roomNo(),
				UnitKind.RESIDENCE, null, new BigDecimal("89.50"), UnitState.OCCUPIED, LocalDate.of(2026, 11, 2))));

		RunPreview again = as(finance, () -> runs.preview(community, NOV, 1));
		assertThat(again.existingLines()).isEqualTo(8);
		RunView rebill = as(finance, () -> runs.commit(again.run().id()));
		// 89.50 × 1.50 × 29/30 = 3893.25 ÷ 30 = 129.775 → 129.78
		assertThat(rebill.lines()).isEqualTo(1);
		assertThat(rebill.total()).isEqualByComparingTo("129.78");
		// a second re-run, and one killed after its first chunk and resumed, add nothing
		RunView third = as(finance, () -> runs.commit(runs.preview(community, NOV, 1).run().id()));
		assertThat(third.lines()).isZero();
		RunPreview fourth = as(finance, () -> runs.preview(community, NOV, 1));
		as(finance, () -> runs.execute(fourth.run().id(), 1, 2));
		assertThat(as(finance, () -> runs.commit(fourth.run().id())).lines()).isZero();

		assertThat(as(finance, () -> ledger.lines(a.id(), false)).stream()
			.filter(l -> l.item() == ChargeItem.MANAGEMENT)
			.map(l -> l.amount() + "/" + l.outstanding())).containsExactly("62.65/0.00", "129.78/129.78");
		assertThat(countLines()).isEqualTo(10);
		assertThat(chargesNotMatchingTheirLine()).isEmpty();
		// a owes 129.78 + 93.80 water + 179.69 shared electricity = 403.27, and its
		// entries
		// add up to it: 62.65 − 62.65 + 129.78 + 93.80 + 179.69
		assertThat(as(finance, () -> ledger.balance(a.id())).owed()).isEqualTo(Money.of("403.27"));
		assertThat(as(finance, () -> ledger.entries(a.id())).stream()
			.map(LedgerViews.Entry::amount)
			.reduce(Money.ZERO, Money::plus)).isEqualTo(Money.of("403.27"));
	}

	/**
	 * R7.1, R6.3: a held reading is not billed; once engineering's re-check corrects it,
	 * a re-run of the month adds exactly that water line, once.
	 */
	@Test
	void r7_1_aHeldReadingIsBilledByTheReRunAfterItsRecheck() {
		StaffUser technician = fixtures.staff(Role.TECHNICIAN, community);
		var held = as(technician, () -> {
			var water = meters.register(community, new MeterCommand(MeterKind.WATER, "W-" + d.id(), d.id(), null));
			meters.recordBase(water.id(), new BigDecimal("200"), LocalDate.of(2026, 9, 30), "业主丁");
			meters.record(community,
					new ReadingCommand(water.code(), YearMonth.of(2026, 10), new BigDecimal("250"), null, null, null));
			// 240 is lower than October's 250: held back for a re-check
			return meters.record(community,
					new ReadingCommand(water.code(), NOV, new BigDecimal("240"), null, null, null));
		});
		assertThat(held.status()).isEqualTo(ReadingStatus.HELD);

		RunPreview first = as(finance, () -> runs.preview(community, NOV, 1));
		assertThat(first.heldReadings()).isEqualTo(1);
		// the same nine lines as without d's meter: no water line for d
		assertThat(first.lines()).isEqualTo(9);
		assertThat(first.total()).isEqualTo(Money.of("1434.85"));
		as(finance, () -> runs.commit(first.run().id()));
		assertThat(lines(d)).doesNotContainKey("WATER");

		// engineering re-reads the meter: 262 → 12 m³ = 10 × 3.50 + 2 × 4.20 = 43.40
		as(technician, () -> meters.correct(held.id(), held.version(),
				new ReadingCommand("W-" + d.id(), NOV, new BigDecimal("262"), null, null, null), "复核：抄错"));
		RunPreview again = as(finance, () -> runs.preview(community, NOV, 1));
		assertThat(again.heldReadings()).isZero();
		assertThat(again.existingLines()).isEqualTo(9);
		RunView rerun = as(finance, () -> runs.commit(again.run().id()));
		assertThat(rerun.lines()).isEqualTo(1);
		assertThat(rerun.total()).isEqualByComparingTo("43.40");
		assertThat(as(finance, () -> runs.commit(runs.preview(community, NOV, 1).run().id())).lines()).isZero();
		assertThat(as(finance, () -> ledger.lines(d.id(), false)).stream()
			.filter(l -> l.item() == ChargeItem.WATER)
			.map(Line::amount)).containsExactly(Money.of("43.40"));
		// d owes 215.06 + 287.84 + 43.40 = 546.30
		assertThat(as(finance, () -> ledger.balance(d.id())).owed()).isEqualTo(Money.of("546.30"));
		assertThat(countLines()).isEqualTo(10);
	}

	@Test
	void r6_1_rateChangeMidQuarterBillsEachMonthAtItsRate() {
		as(finance, () -> standards.define(community, new ChargeStandardCommand(ChargeItem.MANAGEMENT,
				LocalDate.of(2027, 2, 16), new BigDecimal("1.80"), null, "物价局调价")));
		RunPreview q1 = as(finance, () -> runs.preview(community, YearMonth.of(2027, 1), 3));
		as(finance, () -> runs.commit(q1.run().id()));
		// d: 143.37 m²; Jan 143.37 × 1.50 = 215.055 → 215.06; Feb (28 d): (143.37 × 1.50
		// × 15 + 143.37 × 1.80 × 13) ÷ 28 = (3225.825 + 3354.858) ÷ 28 = 6580.683 ÷ 28 =
		// 235.0244… → 235.02; Mar 143.37 × 1.80 = 258.066 → 258.07
		List<Line> dLines = as(finance, () -> ledger.lines(d.id(), false));
		assertThat(dLines).extracting(l -> l.period().getMonthValue() + "=" + l.amount())
			.containsExactly("1=215.06", "2=235.02", "3=258.07");
	}

	@Test
	void prepaymentIsAppliedToTheNextBillAutomatically() {
		// the cashier's side is tested with the cashier; here the ledger alone
		StaffUser cashier = fixtures.staff(Role.CASHIER, community);
		as(cashier, () -> ledger.prepay(d.unitId(), Money.of("300.00"), "TEST", 1));
		RunPreview nov = as(finance, () -> runs.preview(community, NOV, 1));
		as(finance, () -> runs.commit(nov.run().id()));
		// d owes 215.06 + 287.84 = 502.90; 300.00 of credit pays the management fee
		// (215.06) and 84.94 of the shared electricity; 202.90 stays open
		var balance = as(finance, () -> ledger.balance(d.id()));
		assertThat(balance.owed()).isEqualTo(Money.of("202.90"));
		assertThat(balance.credit()).isEqualTo(Money.ZERO);
		assertThat(balance.balance()).isEqualTo(Money.of("202.90"));
	}

	@Test
	void aReversalAboveTheThresholdNeedsASecondPersonAndKeepsTheLedgerBalanced() {
		RunPreview nov = as(finance, () -> runs.preview(community, NOV, 1));
		as(finance, () -> runs.commit(nov.run().id()));
		as(finance, () -> standards.changeSettings(community, new BillingSettings(java.math.RoundingMode.HALF_UP,
				new BigDecimal("70"), 15, BillingSettings.LateFeeBasis.OFF, BigDecimal.ZERO, Money.of("100.00"))));
		var charge = as(finance, () -> ledger.entries(d.id())).stream()
			.filter(e -> e.item() == ChargeItem.SHARED_ELECTRICITY)
			.findFirst()
			.orElseThrow();
		Money before = as(finance, () -> ledger.balance(d.id())).balance();
		var request = as(finance, () -> ledger.requestReversal(charge.id(), "公摊表计错误"));
		assertThat(request.status()).isEqualTo("PENDING");
		assertThat(as(finance, () -> ledger.balance(d.id())).balance()).isEqualTo(before);
		// the requester cannot approve their own reversal
		assertThatThrownBy(() -> as(finance, () -> ledger.approveReversal(request.id())))
			.isInstanceOf(com.guanjia.shared.RuleViolationException.class);
		StaffUser manager = fixtures.staff(Role.MANAGER, community);
		as(manager, () -> ledger.approveReversal(request.id()));
		// 502.90 − 287.84 = 215.06, and the entries still add up to the balance
		assertThat(as(finance, () -> ledger.balance(d.id())).balance()).isEqualTo(Money.of("215.06"));
		Money sum = as(finance, () -> ledger.entries(d.id())).stream()
			.map(LedgerViews.Entry::amount)
			.reduce(Money.ZERO, Money::plus);
		assertThat(sum).isEqualTo(Money.of("215.06"));
		assertThatThrownBy(() -> as(finance, () -> ledger.requestReversal(charge.id(), "again")))
			.isInstanceOf(com.guanjia.shared.ConflictException.class);
		// entries cannot be edited or deleted
		assertThatThrownBy(() -> jdbc.sql("delete from ledger_entry where community_id = ?").param(community).update())
			.hasMessageContaining("append-only");
	}

	@Test
	void lateFeePerDayIsChargedInTheNextRunWhenTheContractProvidesOne() {
		as(finance,
				() -> standards.changeSettings(community,
						new BillingSettings(java.math.RoundingMode.HALF_UP, new BigDecimal("70"), 15,
								BillingSettings.LateFeeBasis.DAY, new BigDecimal("0.0005"), Money.of("500"))));
		as(finance, () -> runs.commit(runs.preview(community, YearMonth.of(2026, 10), 1).run().id()));
		RunPreview dec = as(finance, () -> runs.preview(community, YearMonth.of(2026, 12), 1));
		as(finance, () -> runs.commit(dec.run().id()));
		// d owes 215.06 for October, due 15 November; 16–30 November = 15 days:
		// 215.06 × 0.0005 × 15 = 1.61295 → 1.61
		assertThat(as(finance, () -> ledger.lines(d.id(), false)).stream()
			.filter(l -> l.item() == ChargeItem.LATE_FEE)
			.map(Line::amount)).containsExactly(Money.of("1.61"));
		// the unsold unit and a unit first charged in November owe no late fee
		assertThat(as(finance, () -> ledger.lines(a.id(), false)).stream().filter(l -> l.item() == ChargeItem.LATE_FEE))
			.isEmpty();
	}

	int countLines() {
		return jdbc.sql("select count(*) from bill_line where community_id = ?")
			.param(community)
			.query(Integer.class)
			.single();
	}

}
