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

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;

import com.guanjia.arrears.ArrearsEvents.DunningStepTaken;
import com.guanjia.arrears.ArrearsViews.Action;
import com.guanjia.arrears.Dunning;
import com.guanjia.billing.BillingRuns;
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
 * R6.7: a reminder of the dunning ladder recorded as sent by SMS is queued in the outbox;
 * a call or a letter is not.
 */
@GuanjiaTest
class ArrearsNoticeTests {

	@Autowired
	Dunning dunning;

	@Autowired
	BillingRuns runs;

	@Autowired
	UnitOccupancy occupancy;

	@Autowired
	ArrearsNotices listener;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long community;

	StaffUser butler;

	UnitView unit;

	UnitView landlineOnly;

	String mobile;

	@BeforeEach
	void setUp() {
		community = fixtures.community("催缴短信小区").id();
		long building = fixtures.building(community, "7").id();
		StaffUser finance = fixtures.staff(Role.FINANCE, community);
		butler = fixtures.staff(Role.BUTLER, community);
		unit = fees.unit(community, building, "701", "100.00", UnitState.OCCUPIED, LocalDate.of(2020, 1, 1));
		landlineOnly = fees.unit(community, building, "702", "100.00", UnitState.OCCUPIED, LocalDate.of(2020, 1, 1));
		mobile = People.mobile();
		as(Fixtures.ROOT, () -> occupancy.registerOwner(community,
				new OwnerCommand(unit.id(), null, PartyCommand.person("吴欠费", People.idCard(), mobile), null, null)));
		as(Fixtures.ROOT, () -> occupancy.registerOwner(community, new OwnerCommand(landlineOnly.id(), null,
				PartyCommand.person("郑固话", People.idCard(), "0755-61234567"), null, null)));
		// 150.00 a month for May, August and October 2026: 450.00 overdue on 30 November
		for (YearMonth m : new YearMonth[] { YearMonth.of(2026, 5), YearMonth.of(2026, 8), YearMonth.of(2026, 10) }) {
			as(finance, () -> runs.commit(runs.preview(community, m, 1).run().id()));
		}
	}

	long sms(String like) {
		return jdbc.sql("select count(*) from notification_outbox where community_id = ? and event_key like ?")
			.params(community, like)
			.query(Long.class)
			.single();
	}

	@Test
	void r6_7_aReminderBySmsIsQueuedWithWhatTheUnitOwesOnceAndAgainForTheNextReminder() {
		Action first = as(butler, () -> dunning.record(unit.id(), "REMINDER", "SMS", null, null));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sms("dunning:%")).isEqualTo(1));
		assertThat(jdbc
			.sql("select recipient_phone || ' ' || text from notification_outbox where community_id = ?"
					+ " and event_key like 'dunning:%'")
			.param(community)
			.query(String.class)
			.single()).isEqualTo(mobile + " 【管家】催缴短信小区 7-1-701 业主您好：您尚欠物业费用 450.00 元，请尽快到客服中心或线上缴纳。如已缴纳请忽略。");

		// the same event delivered again sends nothing more
		listener.remind(new DunningStepTaken(community, unit.id(), "REMINDER", "SMS", first.id(),
				new BigDecimal("450.00"), butler.staffId()));
		assertThat(sms("dunning:%")).isEqualTo(1);

		// a call and a home visit (the owner lives in the estate) send nothing; a second
		// reminder by SMS is a second message
		as(butler, () -> dunning.record(unit.id(), "REMINDER", "PHONE", "电话已提醒", null));
		as(butler, () -> dunning.record(unit.id(), "HOME_VISIT", "VISIT", null, null));
		as(butler, () -> dunning.record(unit.id(), "REMINDER", "SMS", null, null));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sms("dunning:%")).isEqualTo(2));
	}

	@Test
	void r6_7_withoutAnOwnerMobileTheStaffMemberIsToldToCall() throws Exception {
		as(butler, () -> dunning.record(landlineOnly.id(), "REMINDER", "SMS", null, null));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> mvc.perform(get("/api/notifications").with(user(butler)))
				.andExpect(jsonPath("$[*].text", hasItem(containsString("7-1-702 的业主未登记手机号")))));
		assertThat(sms("dunning:%")).isZero();
		StaffUser stranger = fixtures.staff(Role.BUTLER, fixtures.community("另一小区").id());
		mvc.perform(get("/api/notifications").with(user(stranger)))
			.andExpect(content().string(not(containsString("7-1-702"))));
	}

}
