package com.guanjia.cashier;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.MutableClock;
import com.guanjia.support.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15 item 4: the fee pages and the deposits take "now" from the injected clock in
 * the community's zone, never from the system clock or in UTC. The clock is set to
 * 2026-10-31 17:30 UTC, which is already 1 November 01:30 in Shanghai (and neither is the
 * machine's real month).
 */
@GuanjiaTest
class FeeClockTests {

	/** 31 October in UTC, 1 November in Asia/Shanghai. */
	static final Instant MONTH_EDGE = Instant.parse("2026-10-31T17:30:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	@Autowired
	Deposits deposits;

	@Autowired
	JdbcClient jdbc;

	long community;

	StaffUser finance;

	@BeforeEach
	void setUp() {
		community = fixtures.community("月初小区").id();
		finance = fixtures.staff(Role.FINANCE, community);
	}

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
	}

	@Test
	void theMeterPageShowsTheCommunitysMonthByDefault() throws Exception {
		clock.set(MONTH_EDGE);
		mvc.perform(get("/meters").with(user(finance)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("month", YearMonth.of(2026, 11)))
			.andExpect(content().string(containsString("value=\"2026-11\"")));
	}

	@Test
	void theFeeReportsCoverTheLastThreeMonthsOfTheCommunityByDefault() throws Exception {
		clock.set(MONTH_EDGE);
		mvc.perform(get("/fees/reports").with(user(finance)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("from", YearMonth.of(2026, 9)))
			.andExpect(model().attribute("to", YearMonth.of(2026, 11)));
	}

	@Test
	void theBillingRunPageProposesTheCommunitysMonth() throws Exception {
		clock.set(MONTH_EDGE);
		mvc.perform(get("/billing/runs").with(user(finance)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("nextMonth", "2026-11"));
	}

	/** R6.5: the refund's time is the clock's, not the database's {@code now()}. */
	@Test
	void aDepositIsRefundedAtTheClocksTime() {
		long building = fixtures.building(community, "9").id();
		UnitView unit = fees.unit(community, building, "901", "80.00", UnitState.OCCUPIED, LocalDate.of(2020, 1, 1));
		StaffUser teller = fixtures.staff(Role.CASHIER, community);
		StaffUser accountant = fixtures.staff(Role.FINANCE, community);
		DepositView d = as(teller, () -> deposits.request(unit.id(), "装修押金", new BigDecimal("1000")));
		as(teller, () -> deposits.take(d.id(), PaymentMethod.TRANSFER, BigDecimal.ZERO, "ck-" + UUID.randomUUID()));
		as(teller, () -> deposits.requestRefund(d.id(), "装修验收合格"));
		as(accountant, () -> deposits.approveRefund(d.id()));
		Instant approval = TestClockConfiguration.START.plus(3, ChronoUnit.HOURS);
		clock.set(approval);
		as(teller, () -> deposits.payRefund(d.id(), PaymentMethod.TRANSFER));
		assertThat(jdbc.sql("select refunded_at from deposit where community_id = ? and id = ?")
			.params(community, d.id())
			.query((rs, i) -> rs.getTimestamp(1).toInstant())
			.single()).isEqualTo(approval);
	}

}
