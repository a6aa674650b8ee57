package com.guanjia.arrears;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import com.guanjia.billing.BillingRuns;
import com.guanjia.billing.Ledger;
import com.guanjia.billing.LedgerViews.Line;
import com.guanjia.cashier.Cashier;
import com.guanjia.cashier.PaymentCommand;
import com.guanjia.cashier.PaymentMethod;
import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.BothWays;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Arrears and dunning stay in their community (R6.7, CONTRIBUTING "Access control"; issue
 * 15 item 6): each page and API URL tried by a butler of the unit's community (served)
 * and by a butler of another community (404, or 403 when the request names the
 * community), the dunning history read again after each refused step.
 */
@GuanjiaTest
class ArrearsScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	@Autowired
	BillingRuns runs;

	@Autowired
	Dunning dunning;

	@Autowired
	Ledger ledger;

	@Autowired
	Cashier cashier;

	long community;

	StaffUser butler;

	StaffUser stranger;

	UnitView unit;

	BothWays bothWays;

	@BeforeEach
	void setUp() {
		community = fixtures.community("催缴甲").id();
		long other = fixtures.community("催缴乙").id();
		long building = fixtures.building(community, "9").id();
		StaffUser finance = fixtures.staff(Role.FINANCE, community);
		butler = fixtures.staff(Role.BUTLER, community);
		stranger = fixtures.staff(Role.BUTLER, other);
		// 100 m² at 1.50: May, due 15 June, is 168 days overdue on 30 November
		unit = fees.unit(community, building, "901", "100.00", UnitState.OCCUPIED, LocalDate.of(2020, 1, 1));
		as(finance, () -> runs.commit(runs.preview(community, YearMonth.of(2026, 5), 1).run().id()));
		bothWays = BothWays.of(mvc, butler, stranger);
	}

	List<String> history() {
		return as(butler, () -> dunning.actions(unit.id())).stream().map(a -> a.step() + " " + a.channel()).toList();
	}

	@Test
	void theUnitsArrearsPagesAreReadOnlyInItsCommunity() throws Exception {
		bothWays.read(() -> get("/arrears/units/{id}", unit.id()), unit.label());
		bothWays.read(() -> get("/arrears/units/{id}/letter", unit.id()), "150.00");
		bothWays.read(() -> get("/api/units/{id}/dunning", unit.id()), "\"unitLabel\":\"" + unit.label() + "\"");
		bothWays.readNamingTheCommunity(() -> get("/api/arrears").param("communityId", String.valueOf(community)),
				unit.label());
		// The list is of the caller's current community: the unit is in its own list
		// only.
		assertThat(mvc.perform(get("/arrears").with(user(butler))).andReturn().getResponse().getContentAsString())
			.contains(unit.label());
		assertThat(mvc.perform(get("/arrears").with(user(stranger))).andReturn().getResponse().getContentAsString())
			.doesNotContain(unit.label());
	}

	@Test
	void aDunningStepIsRecordedOnlyInTheUnitsCommunity() {
		bothWays.write(
				() -> post("/arrears/units/{id}/steps", unit.id()).param("step", "REMINDER").param("channel", "PHONE"),
				this::history);
		assertThat(history()).containsExactly("REMINDER PHONE");
		// A second reminder by SMS through the API (the letter waits three months).
		bothWays.write(() -> post("/api/units/{id}/dunning-steps", unit.id()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"step\": \"REMINDER\", \"channel\": \"SMS\"}"), this::history);
		assertThat(history()).as("newest first").containsExactly("REMINDER SMS", "REMINDER PHONE");
	}

	@Test
	void theReasonAndAUtilitysCutAreRecordedOnlyInTheUnitsCommunity() {
		bothWays.write(
				() -> post("/arrears/units/{id}/reason", unit.id()).param("reason", "HARDSHIP").param("note", "失业"),
				this::history);
		bothWays.write(() -> post("/api/units/{id}/arrears-reason", unit.id()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"FORGOT\"}"), this::history);
		bothWays.write(() -> post("/arrears/units/{id}/supply-cut", unit.id()).param("note", "自来水公司停水"), this::history);
		bothWays.write(() -> post("/api/units/{id}/supply-cuts", unit.id()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\": \"供电公司停电\"}"), this::history);
		assertThat(history()).hasSize(4);
	}

	@Test
	void aRestoreTaskIsDoneOnlyInItsCommunity() {
		as(butler, () -> dunning.recordSupplyCut(unit.id(), "自来水公司停水"));
		StaffUser teller = fixtures.staff(Role.CASHIER, community);
		List<Long> lines = as(teller, () -> ledger.lines(unit.id(), true)).stream().map(Line::id).toList();
		as(teller, () -> cashier.pay(new PaymentCommand(unit.id(), lines, PaymentMethod.CASH, new BigDecimal("150.00"),
				null, null, UUID.randomUUID().toString())));
		await().untilAsserted(() -> assertThat(as(butler, () -> dunning.restoreTasks(community))).hasSize(1));
		long task = as(butler, () -> dunning.restoreTasks(community)).get(0).id();
		bothWays.write(() -> post("/arrears/restore-tasks/{id}/done", task),
				() -> as(butler, () -> dunning.restoreTasks(community)).get(0).doneBy());
		assertThat(as(butler, () -> dunning.restoreTasks(community)).get(0).doneBy()).isEqualTo(butler.getUsername());
	}

}
