package com.guanjia.arrears;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import com.guanjia.billing.BillingRuns;
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
import com.guanjia.platform.security.StaffUser;
import com.guanjia.shared.Money;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
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
		assertThat(first.nextStep().code()).isEqualTo("REMINDER");
		as(butler, () -> dunning.record(unit.id(), "REMINDER", "SMS", "短信提醒", null));
		// 168 days ≥ 90: the demand letter is due next
		var second = as(butler, () -> dunning.overdue(community, true)).get(0);
		assertThat(second.lastStep()).isEqualTo("REMINDER");
		assertThat(second.nextStep().code()).isEqualTo("DEMAND_LETTER");
		as(butler, () -> dunning.record(unit.id(), "DEMAND_LETTER", "EXPRESS", null, "SF1234567890"));
		// the home visit is only due from 180 days: not in the "due" list yet
		assertThat(as(butler, () -> dunning.overdue(community, true))).isEmpty();
		assertThat(as(butler, () -> dunning.overdue(community, false)).get(0).nextStep().code())
			.isEqualTo("HOME_VISIT");
		assertThat(as(butler, () -> dunning.actions(unit.id()))).extracting(ArrearsViews.Action::doneBy)
			.containsOnly(butler.getUsername());
		// a cashier may read but not record steps
		StaffUser teller = fixtures.staff(Role.CASHIER, community);
		assertThatThrownBy(() -> as(teller, () -> dunning.record(unit.id(), "HOME_VISIT", null, null, null)))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void r6_7_payingEverythingStopsTheLadderAndCreatesTheRestoreTask() throws Exception {
		as(butler, () -> dunning.record(unit.id(), "REMINDER", "PHONE", null, null));
		as(butler, () -> dunning.record(unit.id(), "SUSPEND", null, "停水", null));
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
	}

	@Test
	void collectionRateAndIncomeReports() throws Exception {
		StaffUser teller = fixtures.staff(Role.CASHIER, community);
		Line may = as(teller, () -> ledger.lines(unit.id(), true)).get(0);
		as(teller, () -> cashier.pay(new PaymentCommand(unit.id(), java.util.List.of(may.id()), PaymentMethod.CARD,
				null, null, null, UUID.randomUUID().toString())));
		// billed 3 × 150.00 = 450.00; collected 150.00; rate 150 ÷ 450 = 33.3%
		var report = as(finance, () -> reports.collection(community, YearMonth.of(2026, 5), YearMonth.of(2026, 10)));
		assertThat(report.total().billed()).isEqualTo(Money.of("450.00"));
		assertThat(report.total().collected()).isEqualTo(Money.of("150.00"));
		assertThat(report.total().ratePercent()).isEqualByComparingTo("33.3");
		mvc.perform(get("/fees/reports").param("from", "2026-05").param("to", "2026-11").with(user(finance)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("33.3%")))
			.andExpect(content().string(containsString("银行卡")));
		mvc.perform(get("/fees/reports/collection.xlsx").param("from", "2026-05")
			.param("to", "2026-11")
			.with(user(finance))).andExpect(status().isOk());
		mvc.perform(get("/arrears/export.xlsx").with(user(finance))).andExpect(status().isOk());
		mvc.perform(get("/arrears").with(user(finance)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("9-1-901")));
	}

}
