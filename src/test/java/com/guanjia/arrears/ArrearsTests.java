package com.guanjia.arrears;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.guanjia.billing.BillingRuns;
import com.guanjia.billing.ChargeItem;
import com.guanjia.billing.FeeReports;
import com.guanjia.billing.FeeReports.AgeBucket;
import com.guanjia.billing.Ledger;
import com.guanjia.billing.LedgerViews.Line;
import com.guanjia.cashier.Cashier;
import com.guanjia.cashier.PaymentCommand;
import com.guanjia.cashier.PaymentMethod;
import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.xlsx.XlsxExport;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.shared.Money;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.MutableClock;
import com.guanjia.support.TestClockConfiguration;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * R6.7: aging, the dunning ladder, the demand letter, and restoring utilities after
 * payment; reports.
 */
@GuanjiaTest
class ArrearsTests {

	@Autowired
	Dunning dunning;

	@Autowired
	FeeReports reports;

	@Autowired
	BillingRuns runs;

	@Autowired
	Ledger ledger;

	@Autowired
	Cashier cashier;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	com.guanjia.residents.UnitOccupancy occupancy;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	long community;

	StaffUser finance;

	StaffUser butler;

	UnitView unit;

	@BeforeEach
	void setUp() {
		community = fixtures.community("催缴小区").id();
		long building = fixtures.building(community, "9").id();
		finance = fixtures.staff(Role.FINANCE, community);
		butler = fixtures.staff(Role.BUTLER, community);
		// 100 m² at 1.50 = 150.00 a month; today is 2026-11-30 and bills are due 15 days
		// after the month
		unit = fees.unit(community, building, "901", "100.00", UnitState.OCCUPIED, LocalDate.of(2020, 1, 1));
		for (YearMonth m : new YearMonth[] { YearMonth.of(2026, 5), YearMonth.of(2026, 8), YearMonth.of(2026, 10) }) {
			as(finance, () -> runs.commit(runs.preview(community, m, 1).run().id()));
		}
	}

	@Test
	void r6_7_debtIsAgedAndTheLadderAdvancesStepByStep() {
		// May: due 15 Jun, 168 days overdue → 91–180; August: due 15 Sep, 76 days →
		// 31–90; October: due 15 Nov, 15 days → 0–30
		var debt = as(finance, () -> reports.debts(community, LocalDate.of(2026, 11, 30))).get(0);
		assertThat(debt.buckets()).containsEntry(AgeBucket.D91_180, Money.of("150.00"))
			.containsEntry(AgeBucket.D31_90, Money.of("150.00"))
			.containsEntry(AgeBucket.D0_30, Money.of("150.00"));
		assertThat(debt.oldestDaysOverdue()).isEqualTo(168);

		var first = as(butler, () -> dunning.overdue(community, true)).get(0);
		assertThat(first.nextStep()).isEqualTo(DunningStep.REMINDER);
		as(butler, () -> dunning.record(unit.id(), "REMINDER", "SMS", "短信提醒", null));
		// Seed 002: "电话通知后三个月内仍未缴纳的业主…发出正式催缴函". Before, the letter was due at once
		// because the oldest bill was 168 ≥ 90 days overdue; now it is due three months
		// after
		// the reminder: 30 November + 3 months = 28 February 2027.
		var second = as(butler, () -> dunning.overdue(community, false)).get(0);
		assertThat(second.lastStep()).isEqualTo("REMINDER");
		assertThat(second.nextStep()).isEqualTo(DunningStep.DEMAND_LETTER);
		assertThat(second.nextStepDue()).isFalse();
		assertThat(second.nextStepDueOn()).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(as(butler, () -> dunning.overdue(community, true))).isEmpty();
		assertThatThrownBy(
				() -> as(butler, () -> dunning.record(unit.id(), "DEMAND_LETTER", "EXPRESS", null, "SF1234567890")))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.code()).isEqualTo("dunning.letterNotYet"));
		assertThat(as(butler, () -> dunning.actions(unit.id()))).hasSize(1);
		clock.set(Instant.parse("2027-02-28T01:00:00Z"));
		assertThat(as(butler, () -> dunning.overdue(community, true)).get(0).nextStep())
			.isEqualTo(DunningStep.DEMAND_LETTER);
		as(butler, () -> dunning.record(unit.id(), "DEMAND_LETTER", "EXPRESS", null, "SF1234567890"));
		// 901 is owner-occupied (自住): a home visit is next, due now ("长期居住在小区")
		var third = as(butler, () -> dunning.overdue(community, true)).get(0);
		assertThat(third.nextStep()).isEqualTo(DunningStep.HOME_VISIT);
		as(butler, () -> dunning.record(unit.id(), "HOME_VISIT", "VISIT", "业主答应月底缴纳", null));
		// legal steps are never due by a date: the manager decides
		var fourth = as(butler, () -> dunning.overdue(community, false)).get(0);
		assertThat(fourth.nextStep()).isEqualTo(DunningStep.LEGAL);
		assertThat(fourth.nextStepDue()).isFalse();
		assertThat(as(butler, () -> dunning.actions(unit.id()))).extracting(ArrearsViews.Action::doneBy)
			.containsOnly(butler.getUsername());
		// a cashier may read but not record steps
		StaffUser teller = fixtures.staff(Role.CASHIER, community);
		assertThatThrownBy(() -> as(teller, () -> dunning.record(unit.id(), "HOME_VISIT", null, null, null)))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	/**
	 * Seed 002: "对不交费又长期居住在小区的业主，可上门拜访催缴；对长期无端拒缴、性质特别恶劣的业主，可通过法律渠道处理". A rented unit's
	 * owner gets no home visit; legal steps are the manager's decision with its reason,
	 * at any time, not at 365 days.
	 */
	@Test
	void r6_7_aVisitOnlyForResidentOwners_legalStepsOnlyByTheManagerWithAReason() throws Exception {
		UnitView rented = fees.unit(community, fixtures.building(community, "11").id(), "1101", "100.00",
				UnitState.RENTED, LocalDate.of(2020, 1, 1));
		as(finance, () -> runs.commit(runs.preview(community, YearMonth.of(2026, 5), 1).run().id()));
		assertThatThrownBy(() -> as(butler, () -> dunning.record(rented.id(), "HOME_VISIT", "VISIT", null, null)))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.code()).isEqualTo("dunning.visitNotResident"));
		assertThat(as(butler, () -> dunning.caseOf(rented.id())).possibleSteps()).containsExactly(DunningStep.REMINDER);
		assertThatThrownBy(() -> as(butler, () -> dunning.record(unit.id(), "LEGAL", "LAWYER", "欠费一年", null)))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		StaffUser manager = fixtures.staff(Role.MANAGER, community);
		assertThatThrownBy(() -> as(manager, () -> dunning.record(unit.id(), "LEGAL", "LAWYER", " ", null)))
			.isInstanceOf(com.guanjia.shared.ValidationException.class);
		assertThat(as(manager, () -> dunning.caseOf(unit.id())).possibleSteps()).contains(DunningStep.LEGAL);
		as(manager, () -> dunning.record(unit.id(), "LEGAL", "LAWYER", "长期无端拒缴，性质特别恶劣", null));
		assertThat(as(butler, () -> dunning.actions(unit.id()))).singleElement().satisfies(a -> {
			assertThat(a.step()).isEqualTo("LEGAL");
			assertThat(a.note()).isEqualTo("长期无端拒缴，性质特别恶劣");
			assertThat(a.doneBy()).isEqualTo(manager.getUsername());
			assertThat(a.doneByName()).isEqualTo(manager.displayName());
		});
		// the page offers no 停水停电 and no legal step to the butler; it names the manager,
		// not the username (issue 10 item 19)
		mvc.perform(get("/arrears/units/" + unit.id()).with(user(butler)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td>" + manager.displayName() + "</td>")))
			.andExpect(content().string(not(containsString(">" + manager.getUsername() + "<"))))
			.andExpect(content().string(not(containsString("value=\"SUSPEND\""))))
			.andExpect(content().string(not(containsString("value=\"LEGAL\""))));
	}

	/** Seed 002 "找出原因": the reason for the arrears is recorded on the case and listed. */
	@Test
	void r6_7_theReasonForTheArrearsIsRecordedOnTheCase() {
		assertThatThrownBy(() -> as(butler, () -> dunning.explain(unit.id(), null, null)))
			.isInstanceOf(com.guanjia.shared.ValidationException.class);
		as(butler, () -> dunning.explain(unit.id(), ArrearsReason.QUALITY_DISPUTE, "卫生间渗水未修好"));
		assertThat(as(butler, () -> dunning.overdue(community, false)).get(0).reason())
			.isEqualTo(ArrearsReason.QUALITY_DISPUTE);
		assertThat(as(butler, () -> dunning.caseOf(unit.id())).reasonNote()).isEqualTo("卫生间渗水未修好");
		assertThat(as(butler, () -> dunning.actions(unit.id()))).extracting(ArrearsViews.Action::step)
			.containsExactly("REASON");
	}

	/**
	 * Seed 003 "每季度末对未交费的单元进行催缴": on the quarter's last day every unpaid unit is listed
	 * once, however many instances run the sweep at the same moment.
	 */
	@Test
	void r6_7_theQuarterEndSweepListsEveryUnpaidUnitOnce() throws Exception {
		assertThat(dunning.sweep(community, Instant.parse("2026-12-30T01:00:00Z"))).isEqualTo(-1);
		Instant lastDay = Instant.parse("2026-12-31T01:00:00Z");
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		List<Integer> listed = new ArrayList<>();
		try {
			java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
			java.util.concurrent.Callable<Integer> sweep = () -> {
				together.await();
				return dunning.sweep(community, lastDay);
			};
			var a = pool.submit(sweep);
			var b = pool.submit(sweep);
			listed.add(a.get());
			listed.add(b.get());
		}
		finally {
			pool.shutdown();
		}
		assertThat(listed).containsExactlyInAnyOrder(1, -1);
		assertThat(dunning.sweep(community, lastDay.plusSeconds(3600))).isEqualTo(-1);
		assertThat(as(butler, () -> dunning.sweeps(community))).singleElement().satisfies(s -> {
			assertThat(s.quarter()).isEqualTo("2026-Q4");
			assertThat(s.units()).isEqualTo(1);
			assertThat(s.total()).isEqualTo("450.00");
		});
		assertThat(as(butler, () -> dunning.actions(unit.id()))).singleElement().satisfies(a -> {
			assertThat(a.step()).isEqualTo("SWEEP");
			assertThat(a.note()).isEqualTo("2026-Q4");
		});
		mvc.perform(get("/arrears").with(user(butler)))
			.andExpect(content().string(containsString("2026-Q4：1 户未交费，共 450.00 元")));
	}

	/**
	 * Issue 10 item 18: the list filters by building, age bucket and amount, pages, and
	 * shows whom to call — the owner's phone whole only to those who may see phones.
	 */
	@Test
	void theArrearsListFiltersPagesAndShowsWhomToCall() throws Exception {
		long tenth = fixtures.building(community, "10").id();
		UnitView other = fees.unit(community, tenth, "1001", "50.00", UnitState.OCCUPIED, LocalDate.of(2020, 1, 1));
		as(finance, () -> runs.commit(runs.preview(community, YearMonth.of(2026, 10), 1).run().id()));
		String mobile = com.guanjia.residents.People.mobile();
		as(Fixtures.ROOT,
				() -> occupancy.registerOwner(community, new com.guanjia.residents.OwnerCommand(unit.id(), null,
						com.guanjia.residents.PartyCommand.person("吴欠费", com.guanjia.residents.People.idCard(), mobile),
						null, null)));
		String base = "/api/arrears?communityId=" + community;
		mvc.perform(get(base).with(user(butler)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[0].unitLabel").value("9-1-901"))
			.andExpect(jsonPath("$.items[0].owners[0].name").value("吴欠费"))
			.andExpect(jsonPath("$.items[0].owners[0].phones[0]").value(mobile));
		mvc.perform(get(base).with(user(finance)))
			.andExpect(jsonPath("$.items[0].owners[0].phones[0]").value(com.guanjia.shared.Masking.phone(mobile)));
		mvc.perform(get(base + "&buildingId=" + tenth).with(user(butler)))
			.andExpect(jsonPath("$.items[*].unitLabel", contains("10-1-1001")));
		mvc.perform(get(base + "&bucket=D91_180").with(user(butler)))
			.andExpect(jsonPath("$.items[*].unitLabel", contains("9-1-901")));
		mvc.perform(get(base + "&minAmount=100").with(user(butler)))
			.andExpect(jsonPath("$.items[*].unitLabel", contains("9-1-901")));
		mvc.perform(get(base + "&size=1&page=1").with(user(butler)))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[*].unitLabel", contains("10-1-1001")));
		mvc.perform(get("/arrears").param("minAmount", "100").with(user(butler)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("吴欠费")))
			.andExpect(content().string(not(containsString("10-1-1001"))));
		// the dunning page shows whom to call; the letter names the owner and the number
		// to
		// call back
		mvc.perform(get("/arrears/units/" + unit.id()).with(user(butler)))
			.andExpect(content().string(containsString("联系业主")))
			.andExpect(content().string(containsString(mobile)));
		mvc.perform(get("/arrears/units/" + unit.id() + "/letter").with(user(butler)))
			.andExpect(content().string(containsString("尊敬的 吴欠费（催缴小区 9-1-901 业主）")))
			.andExpect(content().string(containsString("请致电 400-000-0000")));
		// another community's staff see nothing of it
		StaffUser stranger = fixtures.staff(Role.BUTLER, fixtures.community("别的小区").id());
		mvc.perform(get(base).with(user(stranger))).andExpect(status().isForbidden());
		mvc.perform(get("/api/units/" + unit.id() + "/dunning").with(user(stranger))).andExpect(status().isNotFound());
		assertThat(other.label()).isEqualTo("10-1-1001");
	}

	/**
	 * R6.7 aging boundaries: a bill 30 days overdue is 0–30 and at 31 days 31–90; 90 and
	 * 91, 180 and 181 days the same. May is due 15 June, August 15 September, October 15
	 * November.
	 */
	@Test
	void r6_7_agingBoundariesAt30_90And180DaysOverdue() {
		// 12 Dec: October 27 days, August 88, May 180
		assertThat(buckets(LocalDate.of(2026, 12, 12))).containsExactly("D0_30", "D31_90", "D91_180");
		// 13 Dec: May 181 days
		assertThat(buckets(LocalDate.of(2026, 12, 13))).containsExactly("D0_30", "D31_90", "D180_PLUS");
		// 14 Dec: August 90 days; 15 Dec: August 91, October 30
		assertThat(buckets(LocalDate.of(2026, 12, 14))).containsExactly("D0_30", "D31_90", "D180_PLUS");
		assertThat(buckets(LocalDate.of(2026, 12, 15))).containsExactly("D0_30", "D91_180", "D180_PLUS");
		// 16 Dec: October 31 days
		assertThat(buckets(LocalDate.of(2026, 12, 16))).containsExactly("D31_90", "D91_180", "D180_PLUS");
		assertThat(as(finance, () -> reports.debts(community, LocalDate.of(2026, 12, 16))).get(0).oldestDaysOverdue())
			.isEqualTo(184);
	}

	/** The buckets holding a bill of 150.00 on {@code asOf}, in bucket order. */
	List<String> buckets(LocalDate asOf) {
		var debt = as(finance, () -> reports.debts(community, asOf)).get(0);
		List<String> names = new ArrayList<>();
		for (AgeBucket b : AgeBucket.values()) {
			Money m = debt.buckets().getOrDefault(b, Money.ZERO);
			if (m.isPositive()) {
				assertThat(m).isEqualTo(Money.of("150.00"));
				names.add(b.name());
			}
		}
		return names;
	}

	@Test
	void r6_7_payingEverythingStopsTheLadderAndCreatesTheRestoreTask() throws Exception {
		as(butler, () -> dunning.record(unit.id(), "REMINDER", "PHONE", null, null));
		// 停水停电 is no step any more (Civil Code art. 944); the water company cut the
		// supply
		assertThatThrownBy(() -> as(butler, () -> dunning.record(unit.id(), "SUSPEND", null, "停水", null)))
			.isInstanceOf(com.guanjia.shared.ValidationException.class);
		as(butler, () -> dunning.recordSupplyCut(unit.id(), "自来水公司停水"));
		mvc.perform(get("/arrears/units/" + unit.id() + "/letter").with(user(butler)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("450.00")));
		StaffUser teller = fixtures.staff(Role.CASHIER, community);
		var lines = as(teller, () -> ledger.lines(unit.id(), true)).stream().map(Line::id).toList();
		as(teller, () -> cashier.pay(new PaymentCommand(unit.id(), lines, PaymentMethod.CASH, new BigDecimal("500"),
				null, null, UUID.randomUUID().toString())));
		await().untilAsserted(() -> assertThat(as(butler, () -> dunning.restoreTasks(community))).hasSize(1));
		assertThat(as(butler, () -> dunning.overdue(community, false))).isEmpty();
		assertThatThrownBy(() -> as(butler, () -> dunning.record(unit.id(), "REMINDER", null, null, null)))
			.isInstanceOf(RuleViolationException.class);
		long task = as(butler, () -> dunning.restoreTasks(community)).get(0).id();
		as(butler, () -> dunning.completeRestore(task));
		assertThat(as(butler, () -> dunning.restoreTasks(community)).get(0).doneBy()).isEqualTo(butler.getUsername());
		assertThat(as(butler, () -> dunning.restoreTasks(community)).get(0).doneByName())
			.isEqualTo(butler.displayName());
	}

	/**
	 * R6.7: two steps recorded at the same moment for a unit without a case open one case
	 * holding both (the unit's advisory lock), instead of one failing on the unique open
	 * case.
	 */
	@Test
	void twoFirstStepsAtOnceOpenOneCase() throws Exception {
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
			java.util.concurrent.Callable<ArrearsViews.Action> step = () -> {
				together.await();
				return as(butler, () -> dunning.record(unit.id(), "REMINDER", "PHONE", null, null));
			};
			var first = pool.submit(step);
			var second = pool.submit(step);
			assertThat(first.get().id()).isNotEqualTo(second.get().id());
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("select count(*) from dunning_case where community_id = ? and unit_id = ?")
			.params(community, unit.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(as(butler, () -> dunning.actions(unit.id()))).hasSize(2);
	}

	/**
	 * Issue 10 item 16: a December run's notice said "请于 2026-11-15 前缴纳" because an older
	 * bill was still open. The notice names the date of the bills not yet due — after the
	 * run — and shows what is overdue apart.
	 */
	@Test
	void r6_3_aNoticeSaysToPayByADateAfterTheRun_overdueBillsApart() throws Exception {
		clock.set(Instant.parse("2026-12-01T02:00:00Z"));
		as(finance, () -> runs.commit(runs.preview(community, YearMonth.of(2026, 11), 1).run().id()));
		mvc.perform(get("/billing/notices/" + unit.id()).with(user(finance)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请于 2026-12-15 前缴纳")))
			.andExpect(content().string(not(containsString("请于 2026-06-15 前缴纳"))))
			.andExpect(content().string(containsString("其中 450.00 元已逾期，请尽快缴纳")));
	}

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
	}

	/**
	 * R6.7 reports: the collection rate by community, building and charge item, arrears
	 * by age and income by day and method, on the page and in the .xlsx exports, opened
	 * and read cell by cell.
	 */
	@Test
	void collectionRateAndIncomeReports() throws Exception {
		// arrears by age on 30 November, before anything is paid: May 168 days overdue,
		// August 76, October 15
		try (XSSFWorkbook arrears = xlsx("/arrears/export.xlsx", Map.of())) {
			Sheet sheet = arrears.getSheetAt(0);
			assertThat(texts(sheet.getRow(0))).containsExactly("房号", "逾期 0–30 天", "逾期 31–90 天", "逾期 91–180 天",
					"逾期 180 天以上", "欠费合计", "最长逾期(天)", "已催缴");
			Row row = sheet.getRow(1);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo("9-1-901");
			assertThat(numbers(row, 1, 7)).containsExactly(150.0, 150.0, 150.0, 0.0, 450.0, 168.0);
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
		}
		// a second building: 50 m² billed for May, 75.00; a renovation garbage charge of
		// 30.00 on 901 in November
		long tenth = fixtures.building(community, "10").id();
		UnitView other = fees.unit(community, tenth, "1001", "50.00", UnitState.OCCUPIED, LocalDate.of(2020, 1, 1));
		as(finance, () -> runs.commit(runs.preview(community, YearMonth.of(2026, 5), 1).run().id()));
		Line garbage = as(finance,
				() -> ledger.charge(unit.id(), ChargeItem.RENOVATION_GARBAGE, Money.of("30.00"), "装修垃圾清运"));
		// 30 November: May by card, the garbage by transfer; 1 December: August in cash
		StaffUser teller = fixtures.staff(Role.CASHIER, community);
		List<Line> open = as(teller, () -> ledger.lines(unit.id(), true));
		assertThat(open).extracting(l -> l.period().getMonthValue()).containsExactly(5, 8, 10, 11);
		as(teller, () -> cashier.pay(new PaymentCommand(unit.id(), List.of(open.get(0).id()), PaymentMethod.CARD, null,
				null, null, UUID.randomUUID().toString())));
		as(teller, () -> cashier.pay(new PaymentCommand(unit.id(), List.of(garbage.id()), PaymentMethod.TRANSFER, null,
				null, "BANK-778", UUID.randomUUID().toString())));
		clock.set(Instant.parse("2026-12-01T02:00:00Z"));
		as(teller, () -> cashier.pay(new PaymentCommand(unit.id(), List.of(open.get(1).id()), PaymentMethod.CASH,
				new BigDecimal("200"), null, null, UUID.randomUUID().toString())));

		// May–November: billed 450.00 + 30.00 (building 9) + 75.00 (building 10) =
		// 555.00;
		// collected 150.00 + 30.00 + 150.00 = 330.00; 330 ÷ 555 = 59.46% → 59.5%
		var report = as(finance, () -> reports.collection(community, YearMonth.of(2026, 5), YearMonth.of(2026, 11)));
		assertThat(report.total().billed()).isEqualTo(Money.of("555.00"));
		assertThat(report.total().collected()).isEqualTo(Money.of("330.00"));
		assertThat(report.total().ratePercent()).isEqualByComparingTo("59.5");
		mvc.perform(get("/fees/reports").param("from", "2026-05").param("to", "2026-11").with(user(finance)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("59.5%")))
			.andExpect(content().string(containsString("银行卡")));
		try (XSSFWorkbook collection = xlsx("/fees/reports/collection.xlsx",
				Map.of("from", "2026-05", "to", "2026-11"))) {
			Sheet sheet = collection.getSheetAt(0);
			assertThat(texts(sheet.getRow(0))).containsExactly("范围", "应收", "减免", "实收", "收缴率");
			// the community, then by building (9: 480.00 / 330.00 = 68.75 → 68.8; 10:
			// 75.00 / 0), then by item (management 525.00 / 300.00 = 57.14 → 57.1;
			// garbage 30.00 / 30.00)
			assertThat(rows(sheet)).containsExactly("全小区 555.0 0.0 330.0 59.5", "9栋 480.0 0.0 330.0 68.8",
					"10栋 75.0 0.0 0.0 0.0", "物业管理费 525.0 0.0 300.0 57.1", "装修垃圾清运费 30.0 0.0 30.0 100.0");
		}
		// income by day and method
		try (XSSFWorkbook income = xlsx("/fees/reports/income.xlsx",
				Map.of("from", "2026-11-30", "to", "2026-12-01"))) {
			Sheet sheet = income.getSheetAt(0);
			assertThat(texts(sheet.getRow(0))).containsExactly("日期", "付款方式", "笔数", "金额");
			assertThat(sheet.getLastRowNum()).isEqualTo(3);
			assertThat(sheet.getRow(1).getCell(0).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2026, 11, 30));
			assertThat(sheet.getRow(3).getCell(0).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2026, 12, 1));
			assertThat(rows(sheet)).containsExactly("银行卡 1.0 150.0", "银行转账 1.0 30.0", "现金 1.0 150.0");
		}
		assertThat(other.label()).isEqualTo("10-1-1001");
		mvc.perform(get("/arrears").with(user(finance)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("9-1-901")))
			.andExpect(content().string(containsString("10-1-1001")));
	}

	XSSFWorkbook xlsx(String url, Map<String, String> params) throws Exception {
		var request = get(url).with(user(finance));
		params.forEach((k, v) -> request.param(k, v));
		byte[] body = mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().contentType(XlsxExport.XLSX))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return new XSSFWorkbook(new ByteArrayInputStream(body));
	}

	static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach(cell -> texts.add(cell.getStringCellValue()));
		return texts;
	}

	static List<Double> numbers(Row row, int from, int to) {
		List<Double> numbers = new ArrayList<>();
		for (int c = from; c < to; c++) {
			numbers.add(row.getCell(c).getNumericCellValue());
		}
		return numbers;
	}

	/**
	 * Each data row as its cells joined by spaces, numbers as doubles, dates left out.
	 */
	static List<String> rows(Sheet sheet) {
		List<String> rows = new ArrayList<>();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			List<String> cells = new ArrayList<>();
			for (Cell cell : sheet.getRow(r)) {
				if (cell.getCellType() == CellType.STRING) {
					cells.add(cell.getStringCellValue());
				}
				else if (cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
					cells.add(String.valueOf(cell.getNumericCellValue()));
				}
			}
			rows.add(String.join(" ", cells));
		}
		return rows;
	}

}
