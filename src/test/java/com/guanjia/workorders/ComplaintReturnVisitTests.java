package com.guanjia.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import com.guanjia.notifications.Notifications;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.scheduling.CalendarMode;
import com.guanjia.scheduling.DeadlineSettings;
import com.guanjia.scheduling.Deadlines;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.MutableClock;
import com.guanjia.support.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * R4.4 and R5.1: a complaint is completed only with whether it was valid; closing a
 * complaint or a repair schedules its return visit under the right rule (a safety
 * facility under its own); an overdue visit reaches the agents and the supervisor.
 */
@GuanjiaTest
class ComplaintReturnVisitTests {

	static final Instant START = TestClockConfiguration.START;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	WorkOrderFixtures orders;

	@Autowired
	WorkOrderWorkflow workflow;

	@Autowired
	WorkOrderQueries queries;

	@Autowired
	Deadlines deadlines;

	@Autowired
	DeadlineSettings settings;

	@Autowired
	Notifications notifications;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

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

	WorkOrderView view(long id) {
		return Fixtures.as(agent, () -> queries.get(WorkOrderId.of(id)));
	}

	ReturnVisitView visit(long orderId) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> Fixtures.as(agent, () -> queries.detail(WorkOrderId.of(orderId))).visits(), v -> v.size() == 1)
			.get(0);
	}

	void dispatchAndAccept(long id) {
		Fixtures.as(agent, () -> workflow.dispatch(WorkOrderId.of(id),
				new WorkOrderCommands.Dispatch(null, technician.staffId(), null)));
		Fixtures.as(technician, () -> workflow.accept(WorkOrderId.of(id)));
	}

	/**
	 * A repair done and signed off with the resident's confirmation code at {@code at}.
	 */
	WorkOrderView repairClosedAt(String category, Instant at) {
		WorkOrderView o = orders.repair(agent, community, unit, category, false);
		dispatchAndAccept(o.id());
		Fixtures.as(technician, () -> workflow.arrive(o.ref()));
		clock.set(at);
		Fixtures.as(technician, () -> workflow.complete(o.ref(), new WorkOrderCommands.Complete("已修好", null, null)));
		String code = jdbc.sql("select confirmation_code from work_order where id = ?")
			.param(o.id())
			.query(String.class)
			.single();
		Fixtures.as(agent, () -> workflow.sign(o.ref(), new WorkOrderCommands.SignOff("张三", null, code)));
		assertThat(view(o.id()).status()).isEqualTo(WorkOrderStatus.CLOSED);
		return o;
	}

	/**
	 * R4.4: completing a complaint without saying whether it was valid is refused, naming
	 * the field; said (here: not the company's responsibility), it completes, and closing
	 * it schedules its return visit within 2 days (R4.5, R5.1).
	 */
	@Test
	void aComplaintIsCompletedOnlyWithItsValidityAndClosingItSchedulesAReturnVisitIn2Days() throws Exception {
		WorkOrderView c = orders.complaint(agent, community, Severity.MINOR, null);
		dispatchAndAccept(c.id());
		mvc.perform(post("/api/work-orders/{id}/completion", c.id()).with(user(technician))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"result\":\"已向业主解释\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("valid")));
		assertThat(view(c.id()).status()).isEqualTo(WorkOrderStatus.ACCEPTED);

		mvc.perform(post("/api/work-orders/{id}/completion", c.id()).with(user(technician))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"result\":\"非物业责任，已向业主解释并协助联系\",\"valid\":false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"));
		Instant closedAt = START.plus(Duration.ofHours(5));
		clock.set(closedAt);
		Fixtures.as(agent, () -> workflow.close(c.ref(), new WorkOrderCommands.Note("已告知业主结果")));
		assertThat(visit(c.id()).dueAt()).isEqualTo(closedAt.plus(Duration.ofDays(2)));
	}

	/**
	 * R5.1: a repair of a safety facility (lamps and switches) gets its visit under the
	 * safety rule — set to 1 day here — while another repair keeps the 2-day default.
	 */
	@Test
	void aSafetyRepairsReturnVisitFollowsTheSafetyRule() {
		Fixtures.as(manager, () -> settings.setRule(community,
				new DeadlineSettings.RuleSetting("RETURN_VISIT.SAFETY", 24 * 60, false, CalendarMode.CALENDAR, 0.8)));
		Instant closedAt = START.plus(Duration.ofHours(4));
		WorkOrderView lamp = repairClosedAt("LAMP_SWITCH", closedAt);
		assertThat(visit(lamp.id()).dueAt()).isEqualTo(closedAt.plus(Duration.ofDays(1)));
		WorkOrderView tap = repairClosedAt("SANITARY", closedAt);
		assertThat(visit(tap.id()).dueAt()).isEqualTo(closedAt.plus(Duration.ofDays(2)));
	}

	/**
	 * R5.1: a return visit not made by its due time tells the agents and the supervisor
	 * in the app; one made in time tells nobody.
	 */
	@Test
	void anOverdueReturnVisitReachesTheAgentsAndTheSupervisor() {
		Instant closedAt = START.plus(Duration.ofHours(4));
		WorkOrderView late = repairClosedAt("SANITARY", closedAt);
		WorkOrderView done = repairClosedAt("SANITARY", closedAt);
		ReturnVisitView lateVisit = visit(late.id());
		ReturnVisitView doneVisit = visit(done.id());
		Fixtures.as(agent, () -> visitsService.record(doneVisit.id(),
				new ReturnVisits.VisitOutcome(ReturnVisits.Method.PHONE, true, 5, null)));

		clock.set(lateVisit.dueAt().minus(Duration.ofMinutes(1)));
		deadlines.check(community);
		clock.set(lateVisit.dueAt());
		deadlines.check(community);
		for (StaffUser who : new StaffUser[] { agent, supervisor }) {
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(
						() -> assertThat(Fixtures.as(who, () -> notifications.inbox(false, 50))).anySatisfy(n -> {
							assertThat(n.text()).contains(late.number());
							assertThat(n.link()).isEqualTo("/return-visits");
						}));
		}
		assertThat(Fixtures.as(supervisor, () -> notifications.inbox(false, 50)))
			.noneSatisfy(n -> assertThat(n.text()).contains(done.number()));
	}

	@Autowired
	ReturnVisits visitsService;

}
