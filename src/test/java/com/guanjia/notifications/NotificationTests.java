package com.guanjia.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.scheduling.DeadlineEvents.DeadlineBreached;
import com.guanjia.scheduling.DeadlineKind;
import com.guanjia.scheduling.DeadlineState;
import com.guanjia.scheduling.DeadlineView;
import com.guanjia.scheduling.Deadlines;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.MutableClock;
import com.guanjia.support.TestClockConfiguration;
import com.guanjia.workorders.ContactChannel;
import com.guanjia.workorders.Severity;
import com.guanjia.workorders.WorkOrderCommands;
import com.guanjia.workorders.WorkOrderFixtures;
import com.guanjia.workorders.WorkOrderId;
import com.guanjia.workorders.WorkOrderQueries;
import com.guanjia.workorders.WorkOrderView;
import com.guanjia.workorders.WorkOrderWorkflow;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

/**
 * R4.2: a missed deadline reaches the next level in the app and by SMS; a major complaint
 * reaches the manager.
 */
@GuanjiaTest
class NotificationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	WorkOrderFixtures orders;

	@Autowired
	WorkOrderWorkflow workflow;

	@Autowired
	Deadlines deadlines;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkOrderQueries queries;

	long community;

	long unit;

	StaffUser agent;

	StaffUser supervisor;

	StaffUser manager;

	StaffUser technician;

	@BeforeEach
	void setUp() {
		community = fixtures.community("阳光花园").id();
		long building = fixtures.building(community, "3").id();
		unit = fixtures.unit(community, building, "2", "1502", "89.50").id();
		agent = fixtures.staff(Role.AGENT, community);
		supervisor = fixtures.staff(Role.SUPERVISOR, community);
		manager = fixtures.staff(Role.MANAGER, community);
		technician = orders.staffIn(Role.TECHNICIAN, community, "ENGINEERING");
	}

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
	}

	@Test
	void aMissedResponseReachesTheTechnicianAndTheSupervisorWithAnSms() throws Exception {
		WorkOrderView o = orders.repair(agent, community, unit, "SANITARY", true);
		Fixtures.as(agent,
				() -> workflow.dispatch(o.ref(), new WorkOrderCommands.Dispatch(null, technician.staffId(), null)));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> mvc.perform(get("/api/notifications").with(user(technician)))
				.andExpect(jsonPath("$[*].text", hasItem(containsString(o.number())))));
		clock.set(TestClockConfiguration.START.plus(Duration.ofMinutes(25)));
		deadlines.check(community);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> mvc.perform(get("/api/notifications").with(user(technician)))
				.andExpect(jsonPath("$[*].text", hasItem(containsString("30分钟到场")))));
		clock.set(TestClockConfiguration.START.plus(Duration.ofMinutes(31)));
		deadlines.check(community);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> mvc.perform(get("/api/notifications").with(user(supervisor)))
				.andExpect(jsonPath("$[*].text", hasItem(containsString("升级至第 1 级")))));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(jdbc.sql("""
					select count(*) from notification_outbox where community_id = ? and channel = 'SMS'
					  and recipient_role = 'SUPERVISOR' and text like ?""")
				.params(community, "%" + o.number() + "%")
				.query(Long.class)
				.single()).isEqualTo(1));
		// Another community's supervisor hears nothing of it.
		long other = fixtures.community("翠湖居").id();
		StaffUser stranger = fixtures.staff(Role.SUPERVISOR, other);
		mvc.perform(get("/api/notifications").with(user(stranger))).andExpect(content().string("[]"));
		mvc.perform(get("/notifications").with(user(supervisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(o.number())));
	}

	@Test
	void aMajorComplaintIsSentToTheManagerTheSameDay() throws Exception {
		WorkOrderView c = orders.complaint(agent, community, Severity.MAJOR, null);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> mvc.perform(get("/api/notifications").with(user(manager)))
				.andExpect(jsonPath("$[*].text", hasItem(containsString(c.number())))));
		mvc.perform(get("/api/notifications").with(user(manager)).param("lang", "en"))
			.andExpect(jsonPath("$[*].text", hasItem(containsString("New Major"))));
	}

	int level(long orderId) {
		return Fixtures.as(agent, () -> queries.get(WorkOrderId.of(orderId))).escalationLevel();
	}

	long outbox(String role, String number) {
		return jdbc.sql("""
				select count(*) from notification_outbox where community_id = ? and channel = 'SMS'
				  and recipient_role = ? and text like ?""")
			.params(community, role, "%" + number + "%")
			.query(Long.class)
			.single();
	}

	DeadlineView clock(long orderId, DeadlineKind kind) {
		return deadlines.of(community, Deadlines.Subject.of("WORK_ORDER", orderId))
			.stream()
			.filter(d -> d.kind() == kind)
			.reduce((a, b) -> b)
			.orElseThrow();
	}

	long handled(long deadlineId) {
		return jdbc.sql("""
				select count(*) from event_publication where event_type like '%DeadlineBreached'
				  and listener_id like '%DeadlineReactions%' and completion_date is not null
				  and cast(serialized_event as jsonb) ->> 'deadlineId' = ?""")
			.param(String.valueOf(deadlineId))
			.query(Long.class)
			.single();
	}

	/**
	 * R4.2, decision 0005: a breach event delivered again (a stale publication
	 * resubmitted) escalates nothing twice — still level 1, one SMS to the supervisor, no
	 * false message to the manager.
	 */
	@Test
	void aRedeliveredBreachEscalatesOnce(Scenario scenario) {
		WorkOrderView o = orders.repair(agent, community, unit, "SANITARY", true);
		clock.set(TestClockConfiguration.START.plus(Duration.ofMinutes(31)));
		deadlines.check(community);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(level(o.id())).isEqualTo(1);
			assertThat(outbox("SUPERVISOR", o.number())).isEqualTo(1);
		});
		DeadlineView breached = clock(o.id(), DeadlineKind.RESPONSE);
		DeadlineBreached again = new DeadlineBreached(community, breached.id(), "WORK_ORDER", o.id(),
				DeadlineKind.RESPONSE, breached.dueAt(), breached.responsibleStaffId(), breached.level());
		scenario.publish(again)
			.andWaitForStateChange(() -> handled(breached.id()), handled -> handled == 2)
			.andVerify(handled -> assertThat(level(o.id())).isEqualTo(1));
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			assertThat(outbox("SUPERVISOR", o.number())).isEqualTo(1);
			assertThat(outbox("MANAGER", o.number())).isZero();
		});
	}

	static final Instant START = TestClockConfiguration.START;

	long sms(String role, String number, String text) {
		return jdbc.sql("""
				select count(*) from notification_outbox where community_id = ? and channel = 'SMS'
				  and recipient_role = ? and text like ? and text like ?""")
			.params(community, role, "%" + number + "%", "%" + text + "%")
			.query(Long.class)
			.single();
	}

	/** One notification in the inbox of {@code who} says all of {@code parts}. */
	void inboxHas(StaffUser who, String... parts) throws Exception {
		List<Matcher<? super String>> all = Arrays.stream(parts)
			.<Matcher<? super String>>map(Matchers::containsString)
			.toList();
		mvc.perform(get("/api/notifications").with(user(who))).andExpect(jsonPath("$[*].text", hasItem(allOf(all))));
	}

	/**
	 * R4.2: an important complaint not passed to the department supervisor within an hour
	 * of intake is a breach — level 1, the supervisor told in the app and by SMS; not
	 * done within 3 days is a second breach — level 2, the centre manager told.
	 */
	@Test
	void anImportantComplaintLateForTheSupervisorGoesToLevel1AndLateToBeDoneToTheManager() throws Exception {
		WorkOrderView c = orders.complaint(agent, community, Severity.IMPORTANT, null);
		tellTheResident(supervisor, c);
		clock.set(START.plus(Duration.ofMinutes(59)));
		deadlines.check(community);
		assertThat(clock(c.id(), DeadlineKind.ESCALATE).state()).isEqualTo(DeadlineState.RUNNING);

		clock.set(START.plus(Duration.ofHours(1)));
		deadlines.check(community);
		assertThat(clock(c.id(), DeadlineKind.ESCALATE).state()).isEqualTo(DeadlineState.BREACHED);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(level(c.id())).isEqualTo(1);
			inboxHas(supervisor, c.number(), "升级至第 1 级");
			assertThat(sms("SUPERVISOR", c.number(), "升级至第 1 级")).isEqualTo(1);
		});
		assertThat(sms("MANAGER", c.number(), "升级")).isZero();

		clock.set(START.plus(Duration.ofDays(3)));
		deadlines.check(community);
		assertThat(clock(c.id(), DeadlineKind.RESOLVE).state()).isEqualTo(DeadlineState.BREACHED);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(level(c.id())).isEqualTo(2);
			inboxHas(manager, c.number(), "升级至第 2 级");
			assertThat(sms("MANAGER", c.number(), "升级至第 2 级")).isEqualTo(1);
		});
	}

	/**
	 * R4.2: a major complaint the manager has not acknowledged by the end of its day in
	 * Asia/Shanghai (16:00 UTC) is a breach that reaches the manager.
	 */
	@Test
	void aMajorComplaintNotAcknowledgedByTheEndOfTheDayIsABreach() throws Exception {
		WorkOrderView c = orders.complaint(agent, community, Severity.MAJOR, null);
		tellTheResident(manager, c);
		Instant midnight = Instant.parse("2026-11-30T16:00:00Z");
		clock.set(midnight.minus(Duration.ofMinutes(1)));
		deadlines.check(community);
		assertThat(clock(c.id(), DeadlineKind.ESCALATE).state()).isEqualTo(DeadlineState.RUNNING);
		clock.set(midnight);
		deadlines.check(community);
		assertThat(clock(c.id(), DeadlineKind.ESCALATE).state()).isEqualTo(DeadlineState.BREACHED);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(level(c.id())).isEqualTo(1);
			inboxHas(manager, c.number(), "升级至第 1 级");
			assertThat(sms("MANAGER", c.number(), "升级至第 1 级")).isEqualTo(1);
		});
	}

	/**
	 * R4.2: the person responsible (the desk while nobody is assigned) is warned when 80%
	 * of a major complaint's 2 days for a clear answer and of its 10 days to resolve have
	 * passed.
	 */
	@Test
	void aMajorComplaintWarnsAt80PercentOfItsAnswerAndResolveTime() throws Exception {
		WorkOrderView c = orders.complaint(agent, community, Severity.MAJOR, null);
		Fixtures.as(manager, () -> workflow.acknowledge(c.ref(), new WorkOrderCommands.Note("已接收")));
		Instant answerWarning = START.plus(Duration.ofHours(38).plusMinutes(24));
		clock.set(answerWarning.minus(Duration.ofMinutes(1)));
		deadlines.check(community);
		assertThat(clock(c.id(), DeadlineKind.ANSWER).warnedAt()).isNull();
		clock.set(answerWarning);
		deadlines.check(community);
		assertThat(clock(c.id(), DeadlineKind.ANSWER).warnedAt()).isEqualTo(answerWarning);
		assertThat(clock(c.id(), DeadlineKind.RESOLVE).warnedAt()).isNull();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> mvc.perform(get("/api/notifications").with(user(agent)).param("lang", "en"))
				.andExpect(jsonPath("$[*].text",
						hasItem("Work order " + c.number() + ": \"Clear answer\" is due at 12-02 10:00."))));

		Instant resolveWarning = START.plus(Duration.ofDays(8));
		clock.set(resolveWarning);
		deadlines.check(community);
		assertThat(clock(c.id(), DeadlineKind.RESOLVE).warnedAt()).isEqualTo(resolveWarning);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> mvc.perform(get("/api/notifications").with(user(agent)).param("lang", "en"))
				.andExpect(jsonPath("$[*].text",
						hasItem("Work order " + c.number() + ": \"Done\" is due at 12-10 10:00."))));
	}

	/**
	 * The resident told the same day (R4.3, issue 10 item 3): that clock of its own is
	 * met, so the escalations these tests count are the ladder's alone (left untold, it
	 * would escalate one level more at midnight — ComplaintFirstContactTests).
	 */
	void tellTheResident(StaffUser who, WorkOrderView complaint) {
		Fixtures.as(who, () -> workflow.contact(complaint.ref(),
				new WorkOrderCommands.Contact(ContactChannel.PHONE, null, "已电话告知处理安排")));
	}

}
