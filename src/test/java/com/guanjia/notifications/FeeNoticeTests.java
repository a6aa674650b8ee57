package com.guanjia.notifications;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import com.guanjia.billing.BillingEvents.PaymentNoticesIssued;
import com.guanjia.billing.BillingRuns;
import com.guanjia.billing.RunView;
import com.guanjia.cashier.Cashier;
import com.guanjia.cashier.PaymentCommand;
import com.guanjia.cashier.PaymentMethod;
import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.residents.OwnerCommand;
import com.guanjia.residents.PartyCommand;
import com.guanjia.residents.People;
import com.guanjia.residents.UnitOccupancy;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * R6.3, R14.2: a committed billing run sends its payment notices by SMS through the
 * outbox, to the owners' mobiles, once; the notices that cannot go by SMS are reported to
 * finance for printing.
 */
@GuanjiaTest
class FeeNoticeTests {

	@Autowired
	BillingRuns runs;

	@Autowired
	UnitOccupancy occupancy;

	@Autowired
	FeeNotices listener;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long community;

	StaffUser finance;

	UnitView withMobile;

	UnitView coOwned;

	UnitView landlineOnly;

	UnitView noOwner;

	String mobile;

	String spouse;

	@BeforeEach
	void setUp() {
		community = fixtures.community("通知小区").id();
		long building = fixtures.building(community, "5").id();
		finance = fixtures.staff(Role.FINANCE, community);
		// 100 m² at the community's 1.50 ¥/m²/month = 150.00 a month
		withMobile = fees.unit(community, building, "501", "100.00", UnitState.OCCUPIED, LocalDate.of(2020, 1, 1));
		coOwned = fees.unit(community, building, "502", "100.00", UnitState.OCCUPIED, LocalDate.of(2020, 1, 1));
		landlineOnly = fees.unit(community, building, "503", "100.00", UnitState.OCCUPIED, LocalDate.of(2020, 1, 1));
		noOwner = fees.unit(community, building, "504", "100.00", UnitState.VACANT, LocalDate.of(2020, 1, 1));
		mobile = People.mobile();
		spouse = People.mobile();
		owner(withMobile, "孙小美", mobile, "0755-88886666");
		owner(coOwned, "钱夫人", spouse);
		owner(coOwned, "钱先生", "0755-88887777", mobile.substring(0, 7) + "0001");
		owner(landlineOnly, "周固话", "0755-66668888");
	}

	void owner(UnitView unit, String name, String... phones) {
		as(Fixtures.ROOT, () -> occupancy.registerOwner(community,
				new OwnerCommand(unit.id(), null, PartyCommand.person(name, People.idCard(), phones), null, null)));
	}

	long sms(long runId) {
		return jdbc.sql("select count(*) from notification_outbox where community_id = ? and event_key like ?")
			.params(community, "bill:" + runId + ":%")
			.query(Long.class)
			.single();
	}

	@Test
	void r6_3_aCommittedRunSendsOneSmsToEachOwnerMobileAndReportsTheUnitsWithoutOne() throws Exception {
		RunView run = as(finance, () -> runs.commit(runs.preview(community, YearMonth.of(2026, 11), 1).run().id()));

		// 501: one owner mobile (the landline is skipped); 502: two co-owners' mobiles;
		// 503 and 504: none
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(sms(run.id())).isEqualTo(3));
		List<String> toMobile = jdbc
			.sql("""
					select text from notification_outbox where community_id = ? and recipient_phone = ? and event_key like ?""")
			.params(community, mobile, "bill:" + run.id() + ":%")
			.query(String.class)
			.list();
		assertThat(toMobile).singleElement()
			.satisfies(text -> assertThat(text).contains("通知小区", "5-1-501", "2026年11月", "150.00", "2026年12月15日")
				.startsWith("【管家】"));
		assertThat(jdbc
			.sql("select count(*) from notification_outbox where community_id = ? and recipient_phone like '0%'")
			.param(community)
			.query(Long.class)
			.single()).isZero();

		// Finance and the cashiers are told which notices to print, in their language.
		StaffUser teller = fixtures.staff(Role.CASHIER, community);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> mvc.perform(get("/api/notifications").with(user(finance)))
				.andExpect(jsonPath("$[*].text", hasItem(containsString("有 2 份缴费通知无法用短信发送")))));
		mvc.perform(get("/api/notifications").with(user(teller)))
			.andExpect(jsonPath("$[*].text", hasItem(containsString("5-1-503, 5-1-504"))))
			.andExpect(jsonPath("$[*].link", hasItem("/billing/runs/" + run.id() + "/notices")));
		mvc.perform(get("/api/notifications").param("lang", "en").with(user(finance)))
			.andExpect(jsonPath("$[*].text", hasItem(containsString("2 payment notices could not be sent by SMS"))));

		// Another community's finance sees neither the notice nor the outbox.
		long other = fixtures.community("别的小区").id();
		StaffUser stranger = fixtures.staff(Role.FINANCE, other);
		mvc.perform(get("/api/notifications").with(user(stranger)))
			.andExpect(content().string(not(containsString("5-1-503"))));
		StaffUser otherManager = fixtures.staff(Role.MANAGER, other);
		mvc.perform(get("/api/notification-outbox").param("communityId", String.valueOf(community))
			.with(user(otherManager))).andExpect(status().isForbidden());
	}

	@Test
	void r6_3_aRedeliveredEventSendsNothingTwice() {
		RunView run = as(finance, () -> runs.commit(runs.preview(community, YearMonth.of(2026, 10), 1).run().id()));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(sms(run.id())).isEqualTo(3));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(unsentNotices(run.id())).isEqualTo(2));

		listener.send(new PaymentNoticesIssued(community, run.id(), run.firstMonth(), run.months(), run.units(),
				run.total()));
		assertThat(sms(run.id())).isEqualTo(3);
		assertThat(unsentNotices(run.id())).isEqualTo(2);
		// committing the run again publishes nothing new either
		as(finance, () -> runs.commit(run.id()));
		assertThat(sms(run.id())).isEqualTo(3);
	}

	@Test
	void r6_3_aQuarterlyRunNamesItsMonthsAndAPrepaidUnitGetsNoSms() {
		// The co-owned unit has paid a year ahead: its bill is covered by its credit.
		StaffUser teller = fixtures.staff(Role.CASHIER, community);
		as(teller, () -> cashier.pay(new PaymentCommand(coOwned.id(), null, PaymentMethod.CARD, null,
				new BigDecimal("1800.00"), null, UUID.randomUUID().toString())));
		RunView run = as(finance, () -> runs.commit(runs.preview(community, YearMonth.of(2026, 10), 3).run().id()));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(sms(run.id())).isEqualTo(1));
		assertThat(jdbc.sql("select text from notification_outbox where community_id = ? and event_key like ?")
			.params(community, "bill:" + run.id() + ":%")
			.query(String.class)
			.single()).contains("2026年10月至12月", "450.00");
	}

	@Autowired
	Cashier cashier;

	private long unsentNotices(long runId) {
		return jdbc.sql("select count(*) from notification where community_id = ? and event_key = ?")
			.params(community, "bill-unsent:" + runId)
			.query(Long.class)
			.single();
	}

}
