package com.guanjia.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import java.time.Duration;
import java.util.List;

import com.guanjia.access.DepartmentKind;
import com.guanjia.access.StaffManagement;
import com.guanjia.access.StaffView;
import com.guanjia.billing.Ledger;
import com.guanjia.billing.LedgerViews;
import com.guanjia.estate.CommunityManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.estate.CommunityView;
import com.guanjia.estate.UnitFilter;
import com.guanjia.estate.UnitKind;
import com.guanjia.estate.UnitManagement;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.shared.ResultPage;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.workorders.ReturnVisits;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 2 item 9: the default start seeds a realistic demo estate whose logins work. */
@GuanjiaTest
class DemoDataTests {

	@Autowired
	CommunityManagement communities;

	@Autowired
	UnitManagement units;

	@Autowired
	MockMvc mvc;

	@Test
	void seedsTwoCommunitiesWithDifferentFeeRatesAndAboutFiveHundredUnits() {
		Map<String, CommunityView> byCode = Fixtures.as(Fixtures.ROOT, () -> communities.visible())
			.stream()
			.collect(Collectors.toMap(CommunityView::code, c -> c));
		assertThat(byCode.get("YGHY").managementFeeRate()).isEqualByComparingTo(new BigDecimal("0.80"));
		assertThat(byCode.get("CHJ").managementFeeRate()).isEqualByComparingTo(new BigDecimal("1.50"));
		long sunshine = Fixtures.as(Fixtures.ROOT,
				() -> units.list(byCode.get("YGHY").id(), UnitFilter.none(), new ResultPage.Request(0, 1)).total());
		long lake = Fixtures.as(Fixtures.ROOT,
				() -> units.list(byCode.get("CHJ").id(), UnitFilter.none(), new ResultPage.Request(0, 1)).total());
		long shops = Fixtures.as(Fixtures.ROOT,
				() -> units
					.list(byCode.get("CHJ").id(), new UnitFilter(null, null, UnitKind.SHOP, null),
							new ResultPage.Request(0, 1))
					.total());
		assertThat(sunshine).isEqualTo(300);
		assertThat(lake).isEqualTo(200);
		assertThat(shops).isEqualTo(8);
	}

	@Autowired
	DemoData demo;

	@Test
	void aRestartOnASeededDatabaseSeedsNothingAgain() {
		long before = Fixtures.as(Fixtures.ROOT, () -> communities.visible()).size();
		demo.seedIfEmpty();
		assertThat(Fixtures.as(Fixtures.ROOT, () -> communities.visible())).hasSize((int) before);
		long sunshine = demoCommunity("YGHY");
		assertThat(Fixtures.as(Fixtures.ROOT,
				() -> units.list(sunshine, UnitFilter.none(), new ResultPage.Request(0, 1)).total()))
			.isEqualTo(300);
	}

	@Test
	void theDemoIsSeededBeforeTheWebServerTakesLogins() {
		assertThat(demo.getPhase()).isLessThan(
				org.springframework.boot.web.server.context.WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE);
		assertThat(demo.isRunning()).isTrue();
	}

	@Test
	void theReadmeExampleOwnerIsFoundByNameAndPhone() throws Exception {
		long sunshine = demoCommunity("YGHY");
		StaffUser admin = new StaffUser(1, "admin", "管理员", null, Set.of(Role.ADMIN), true);
		mvc.perform(
				get("/api/search").param("communityId", String.valueOf(sunshine)).param("q", "王建国").with(user(admin)))
			.andExpect(jsonPath("$.residents[0].name").value("王建国"));
		mvc.perform(get("/api/search").param("communityId", String.valueOf(sunshine))
			.param("q", "3-2-1502")
			.with(user(admin))).andExpect(jsonPath("$.units[0].label").value("3-2-1502"));
	}

	@Autowired
	Ledger ledger;

	@Autowired
	UnitManagement unitManagement;

	@Test
	void billsTheLastThreeMonthsOfManagementFees() {
		long sunshine = demoCommunity("YGHY");
		UnitView unit = Fixtures
			.as(Fixtures.ROOT,
					() -> unitManagement.list(sunshine, new UnitFilter(null, null, null, "3-2-1502"),
							new ResultPage.Request(0, 1)))
			.items()
			.get(0);
		List<LedgerViews.Line> open = Fixtures.as(Fixtures.ROOT, () -> ledger.lines(unit.id(), true));
		// 120.35 m² × 0.80 ¥/m²/month = 96.28 for each of September, October and November
		// 2026.
		assertThat(open).hasSize(3);
		assertThat(open).allSatisfy(line -> assertThat(line.amount().amount()).isEqualByComparingTo("96.28"));
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/**
	 * Issue 10 "done means": the demo shows a red reversal (红冲) of a closed day's receipt
	 * and an invoice number recorded for a receipt.
	 */
	@Test
	void theDemoShowsARedReversalAndARecordedInvoice() {
		long sunshine = demoCommunity("YGHY");
		assertThat(jdbc.sql("""
				select count(*) from receipt r join receipt o on o.community_id = r.community_id
				  and o.id = r.reverses_receipt_id where r.community_id = ? and r.amount = -o.amount""")
			.param(sunshine)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select invoice_no from receipt_invoice where community_id = ?")
			.param(sunshine)
			.query(String.class)
			.list()).containsExactly("04412345");
	}

	/**
	 * Issue 13 "done means": renovations at each stage, passes valid today, not yet
	 * valid, and one of a closed renovation the gate refuses; today's checks found a
	 * violation.
	 */
	@Test
	void theDemoHasRenovationsAtEachStage() {
		long sunshine = demoCommunity("YGHY");
		assertThat(jdbc.sql("select distinct status from renovation where community_id = ?")
			.param(sunshine)
			.query(String.class)
			.list()).contains("APPLIED", "PERMITTED", "COMPLETED", "CLOSED", "WITHDRAWN");
		assertThat(jdbc.sql("select count(*) from renovation_worker_pass where community_id = ?")
			.param(sunshine)
			.query(Long.class)
			.single()).isEqualTo(3);
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(jdbc.sql("select count(*) from renovation_violation where community_id = ?")
				.param(sunshine)
				.query(Long.class)
				.single()).isEqualTo(1));
	}

	@Autowired
	ReturnVisits returnVisits;

	@Test
	void theFrontDeskHasTodaysRepairsToVisit() {
		long sunshine = demoCommunity("YGHY");
		// Six repairs were completed and signed today (R5.1), the lift repaired and
		// inspected, the butler's complaint closed (issue 10): each has its return visit
		// due.
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(Fixtures.as(Fixtures.ROOT, () -> returnVisits.due(sunshine))).hasSize(8));
	}

	@Test
	void everyDemoLoginWorks() throws Exception {
		for (DemoStaff.Account account : DemoStaff.ACCOUNTS) {
			mvc.perform(formLogin("/login").user(account.username()).password(DemoStaff.PASSWORD))
				.andExpect(authenticated().withUsername(account.username()));
		}
	}

	@Autowired
	StaffManagement staff;

	/**
	 * R3.6: 孙工 (englead) leads 阳光花园's engineering department and signs off its repairs.
	 */
	@Test
	void theDemoEngineeringLeadLeadsSunshineGardensEngineering() throws Exception {
		long sunshine = demoCommunity("YGHY");
		StaffView englead = Fixtures.as(Fixtures.ROOT, () -> staff.staffOf(sunshine, null, DepartmentKind.ENGINEERING))
			.stream()
			.filter(s -> s.username().equals("englead"))
			.findFirst()
			.orElseThrow();
		assertThat(englead.displayName()).isEqualTo("孙工");
		mvc.perform(get("/api/departments").param("communityId", String.valueOf(sunshine)).with(user(Fixtures.ROOT)))
			.andExpect(jsonPath("$[?(@.code == 'ENGINEERING')].leadStaffId").value((int) englead.id()));
	}

	/**
	 * Issue 10 (done means): the demo shows a complaint handled by 刘管家, the butler
	 * (R4.3), and a dispatch sheet issued and signed by 孙工, the engineering lead (R3.6).
	 */
	@Test
	void aButlerHandledAComplaintAndTheEngineeringLeadIssuedADispatchSheet() throws Exception {
		long sunshine = demoCommunity("YGHY");
		assertThat(jdbc.sql("""
				select count(*) from work_order o join staff s on s.id = o.technician_id
				where o.community_id = ? and o.kind = 'COMPLAINT' and s.username = 'butler' and o.status = 'CLOSED'""")
			.param(sunshine)
			.query(Long.class)
			.single()).isPositive();
		long lift = jdbc.sql("""
				select id from work_order where community_id = ? and kind = 'PUBLIC_REPAIR' and inspected_by = 'englead'
				order by id limit 1""").param(sunshine).query(Long.class).single();
		StaffUser englead = Fixtures.as(Fixtures.ROOT, () -> staff.staffOf(sunshine, null, DepartmentKind.ENGINEERING))
			.stream()
			.filter(s -> s.username().equals("englead"))
			.map(s -> new StaffUser(s.id(), s.username(), s.displayName(), null, s.roles(), true))
			.findFirst()
			.orElseThrow();
		mvc.perform(get("/work-orders/" + lift + "/dispatch-sheet").with(user(englead)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("孙工")));
	}

	/** The id of a demo community by its code (YGHY 阳光花园, CHJ 翠湖居). */
	long demoCommunity(String code) {
		return Fixtures.as(Fixtures.ROOT, () -> communities.visible())
			.stream()
			.filter(c -> c.code().equals(code))
			.findFirst()
			.orElseThrow()
			.id();
	}

	@Autowired
	com.guanjia.inspections.InspectionSetup inspectionSetup;

	@Autowired
	com.guanjia.inspections.FindingActions inspectionFindings;

	@Autowired
	com.guanjia.inspections.Evaluations inspectionEvaluations;

	@Autowired
	com.guanjia.inspections.RoundQueries inspectionRounds;

	/**
	 * Issue 11: routes with QR checkpoints, a week of rounds (two a day) with findings,
	 * last month signed.
	 */
	@Test
	void sunshineGardenHasPatrolsFindingsAndLastMonthsSignedEvaluations() {
		long sunshine = demoCommunity("YGHY");
		Fixtures.as(Fixtures.ROOT, () -> {
			var routes = inspectionSetup.routes(sunshine);
			assertThat(routes).hasSize(4);
			assertThat(routes.get(0).checkpoints()).isNotEmpty().allMatch(c -> c.qrToken().length() == 24);
			var found = inspectionFindings.list(sunshine, false, null, null);
			assertThat(found).extracting(f -> f.status().name()).contains("ORDERED", "RECTIFYING", "OPEN");
			assertThat(inspectionRounds.lateOrMissed(sunshine, 8)).anyMatch(r -> r.missed());
			java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
			java.time.LocalDate today = java.time.LocalDate.ofInstant(com.guanjia.support.TestClockConfiguration.START,
					zone);
			for (int back = 1; back <= 7; back++) {
				java.time.LocalDate day = today.minusDays(back);
				assertThat(inspectionRounds.day(sunshine, day, false)).as("the patrols of %s", day)
					.filteredOn(r -> java.time.LocalDate.ofInstant(r.windowStart(), zone).equals(day))
					.hasSizeGreaterThanOrEqualTo(2)
					.anyMatch(r -> r.visited() > 0);
			}
			assertThat(inspectionEvaluations.list(sunshine)).hasSize(2)
				.allMatch(e -> e.status() == com.guanjia.inspections.EvaluationStatus.SIGNED);
		});
	}

	/**
	 * Issue 13 item 7: goods release passes valid, waiting for the owner, used and
	 * expired.
	 */
	@Test
	void sunshineGardenHasGoodsPassesValidWaitingUsedAndExpired(@Autowired com.guanjia.goods.GoodsPasses goodsPasses) {
		long sunshine = demoCommunity("YGHY");
		Fixtures.as(Fixtures.ROOT,
				() -> assertThat(goodsPasses.list(sunshine, null, null)).extracting(p -> p.status().name())
					.contains("APPROVED", "REQUESTED", "USED", "EXPIRED"));
	}

	/**
	 * Issue 12 "done means": move-ins at different steps — one just opened with papers
	 * missing, one by a proxy whose acceptance defects became work orders, one waiting
	 * for its fees and keys, one completed and occupied since today — custodial units
	 * with their outside checks and a flagged meter excess, a key register of several
	 * kinds with a key out and a closed stock-take, and mail waiting at the desk.
	 */
	@Test
	void sunshineGardenHasMoveInsAtEachStepCustodyKeysAndMail(@Autowired com.guanjia.movein.MoveIns moveIns,
			@Autowired com.guanjia.movein.HouseAcceptances acceptances,
			@Autowired com.guanjia.movein.Custodies custodies, @Autowired com.guanjia.keys.KeyRegister keyRegister,
			@Autowired com.guanjia.keys.KeyLoans keyLoans, @Autowired com.guanjia.keys.StockTakes stockTakes,
			@Autowired com.guanjia.keys.MailDesk mailDesk) {
		long sunshine = demoCommunity("YGHY");
		java.time.LocalDate today = java.time.LocalDate.ofInstant(com.guanjia.support.TestClockConfiguration.START,
				java.time.ZoneId.of("Asia/Shanghai"));
		Fixtures.as(Fixtures.ROOT, () -> {
			var cases = moveIns.list(sunshine, null);
			assertThat(cases).extracting(c -> c.status().name()).contains("OPENED", "IN_PROGRESS", "COMPLETED");
			assertThat(cases).filteredOn(c -> c.status().name().equals("OPENED"))
				.anyMatch(c -> !c.missingDocuments().isEmpty());
			var proxy = cases.stream().filter(c -> c.proxyName() != null).findFirst().orElseThrow();
			assertThat(acceptances.ofCase(proxy.id()).orElseThrow().items())
				.filteredOn(line -> line.workOrderId() != null)
				.hasSize(2);
			assertThat(cases).filteredOn(c -> c.status().name().equals("IN_PROGRESS"))
				.anyMatch(c -> c.acceptedAt() != null && c.handedOutAt() == null && c.feesSettledAt() == null);
			var completed = moveIns
				.get(cases.stream().filter(c -> c.status().name().equals("COMPLETED")).findFirst().orElseThrow().id());
			UnitView handedOver = unitManagement.get(completed.unitId());
			assertThat(handedOver.state().name()).isEqualTo("OCCUPIED");
			assertThat(handedOver.handoverDate()).isEqualTo(today);
			assertThat(completed.documents()).hasSize(3);

			var kept = custodies.list(sunshine);
			assertThat(kept).hasSizeGreaterThanOrEqualTo(1);
			assertThat(kept)
				.allSatisfy(c -> assertThat(unitManagement.get(c.unitId()).state().name()).isEqualTo("CUSTODIAL"));
			assertThat(kept).allSatisfy(
					c -> assertThat(custodies.get(c.id()).checks()).isNotEmpty().anyMatch(check -> check.done()));

			assertThat(keyRegister.list(sunshine, null, null, null)).extracting(k -> k.kind().name())
				.contains("UNIT_KEY", "RESIDENT_CARD", "INTERCOM_HANDSET");
			assertThat(keyLoans.outstanding(sunshine)).hasSize(1);
			assertThat(stockTakes.list(sunshine)).extracting(t -> t.status().name()).containsExactly("CLOSED");

			assertThat(mailDesk.waiting(sunshine)).hasSizeGreaterThanOrEqualTo(3);
			assertThat(mailDesk.recent(sunshine)).extracting(m -> m.status().name()).contains("COLLECTED");
		});
		// the custodial water limit: meters holds the reading, movein flags it
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(Fixtures.as(Fixtures.ROOT, () -> custodies.list(sunshine)))
				.anyMatch(c -> c.openExcesses() == 1));
	}

}
