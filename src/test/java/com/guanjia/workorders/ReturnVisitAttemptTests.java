package com.guanjia.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.MutableClock;
import com.guanjia.support.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 10 item 10 (R5.1, R3.2, R16.1). Seed 002, 走回访: "回访可上门或电话回访"; seed 001 3.4(2):
 * "按住戶門鈴或輕扣門環敲門，如住戶因事外出，則視情況等待5-10分鐘，方可返回"; seed 002: "对维修服务回访处理率达100%". A return visit
 * in person that finds nobody home (a notice left), or a call nobody answers, is an
 * attempt — who, when, how, what was left — shown on the order and in the return-visit
 * list. The visit stays pending: it is not a satisfied or unsatisfied result and does not
 * count as made in the return-visit rate.
 */
@GuanjiaTest
class ReturnVisitAttemptTests {

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
	WorkOrderIndicators indicators;

	@Autowired
	MutableClock clock;

	long community;

	long unit;

	StaffUser agent;

	StaffUser technician;

	@BeforeEach
	void setUp() {
		community = fixtures.community("枫林苑").id();
		long building = fixtures.building(community, "5").id();
		unit = fixtures.unit(community, building, "2", "502", "95.00").id();
		agent = fixtures.staff(Role.AGENT, community);
		technician = orders.staffIn(Role.TECHNICIAN, community, "ENGINEERING");
	}

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
	}

	/** A repair done (not yet signed): its visit is due from the work (R5.1). */
	ReturnVisitView repairsVisit() {
		WorkOrderView o = orders.repairOnSite(agent, technician, community, unit);
		Fixtures.as(technician, () -> workflow.complete(o.ref(), new WorkOrderCommands.Complete("更换了角阀", null, null)));
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> Fixtures.as(agent, () -> queries.detail(o.ref())).visits(), v -> v.size() == 1)
			.get(0);
	}

	ResultActions attempt(StaffUser who, long visitId, String body) throws Exception {
		return mvc.perform(post("/api/return-visits/{id}/attempts", visitId).contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(csrf())
			.with(user(who)));
	}

	ReturnVisitView reread(ReturnVisitView visit) {
		return Fixtures.as(agent, () -> queries.detail(WorkOrderId.of(visit.workOrderId()))).visits().get(0);
	}

	IndicatorReport report() {
		StaffUser manager = fixtures.staff(Role.MANAGER, community);
		LocalDate day = LocalDate.of(2026, 11, 30);
		return Fixtures.as(manager, () -> indicators.period(community, day, day.plusDays(7)));
	}

	@Test
	void nobodyHomeAndNoAnswerAreAttemptsAndTheVisitStaysPendingAndUncounted() throws Exception {
		ReturnVisitView visit = repairsVisit();
		clock.set(TestClockConfiguration.START.plus(Duration.ofHours(6)));
		attempt(agent, visit.id(), "{\"method\": \"VISIT\", \"note\": \"门上留了回访通知，请业主来电\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.doneAt").value(nullValue()))
			.andExpect(jsonPath("$.satisfied").value(nullValue()))
			.andExpect(jsonPath("$.attempts", hasSize(1)))
			.andExpect(jsonPath("$.attempts[0].method").value("VISIT"))
			.andExpect(jsonPath("$.attempts[0].at").value("2026-11-30T08:00:00Z"))
			.andExpect(jsonPath("$.attempts[0].by").value(agent.displayName()))
			.andExpect(jsonPath("$.attempts[0].note").value("门上留了回访通知，请业主来电"));
		clock.set(TestClockConfiguration.START.plus(Duration.ofHours(24)));
		attempt(agent, visit.id(), "{\"method\": \"PHONE\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.attempts", hasSize(2)))
			.andExpect(jsonPath("$.attempts[1].method").value("PHONE"));

		// Still to be made: on the agent's list, with its attempts, and not counted as
		// made.
		mvc.perform(get("/api/return-visits").param("communityId", String.valueOf(community)).with(user(agent)))
			.andExpect(jsonPath("$[?(@.id == %d)].attempts[*].method".formatted(visit.id()), hasItem("VISIT")));
		assertThat(report().visitsDue()).isEqualTo(1);
		assertThat(report().visitsDone()).isZero();
		// R5.3: the month-end summary of all visits counts the attempts that reached
		// nobody
		// — November has the visit of 11-30 16:00; the call of 12-01 10:00 is December's.
		assertThat(report().visitAttemptsUnreached()).isEqualTo(2);
		MockHttpSession session = new MockHttpSession();
		session.setAttribute("guanjia.community", community);
		mvc.perform(get("/work-orders/month-summary").param("month", "2026-11")
			.session(session)
			.with(user(fixtures.staff(Role.MANAGER, community))))
			.andExpect(content().string(containsString("回访未联系上（上门无人、电话无人接听）次数")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*id=\"sum-unreached\">1<.*")));

		// The order shows the attempts on its visit and on its timeline, in words.
		mvc.perform(get("/api/work-orders/{id}", visit.workOrderId()).with(user(agent)))
			.andExpect(jsonPath("$.visits[0].attempts", hasSize(2)))
			.andExpect(jsonPath("$.timeline[*].action", hasItem("UNREACHED")));
		mvc.perform(get("/work-orders/{id}", visit.workOrderId()).with(user(agent)))
			.andExpect(content().string(containsString("上门回访无人在家，已留回访通知")))
			.andExpect(content().string(containsString("电话回访无人接听")))
			.andExpect(content().string(containsString("门上留了回访通知，请业主来电")))
			.andExpect(content().string(containsString("11-30 16:00")));
		String list = mvc.perform(get("/return-visits").with(user(agent)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(ReturnVisitFirstContactTests.card(list, visit.workOrderId())).contains("上门回访无人在家，已留回访通知")
			.contains("电话回访无人接听");

		// Then the resident is reached: the visit is made and counts; the attempts stay.
		mvc.perform(post("/api/return-visits/{id}", visit.id()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"method\": \"PHONE\", \"satisfied\": true, \"score\": 5}")
			.with(csrf())
			.with(user(agent))).andExpect(status().isOk()).andExpect(jsonPath("$.attempts", hasSize(2)));
		assertThat(report().visitsDone()).isEqualTo(1);
		// A visit made takes no more attempts.
		attempt(agent, visit.id(), "{\"method\": \"PHONE\"}").andExpect(status().isUnprocessableEntity());
		assertThat(reread(visit).attempts()).hasSize(2);
	}

	@Test
	void thePageRecordsAnAttempt() throws Exception {
		ReturnVisitView visit = repairsVisit();
		mvc.perform(post("/return-visits/{id}/attempts", visit.id()).param("method", "VISIT")
			.param("note", "留了回访卡")
			.with(csrf())
			.with(user(agent))).andExpect(flash().attribute("flash", containsString("回访仍待完成")));
		assertThat(reread(visit).attempts()).singleElement().satisfies(a -> {
			assertThat(a.method()).isEqualTo(ReturnVisits.Method.VISIT);
			assertThat(a.note()).isEqualTo("留了回访卡");
		});
		assertThat(reread(visit).done()).isFalse();
		// Without saying what happened: a message, nothing recorded.
		mvc.perform(post("/return-visits/{id}/attempts", visit.id()).with(csrf()).with(user(agent)))
			.andExpect(flash().attribute("error", containsString("方式")));
		assertThat(reread(visit).attempts()).hasSize(1);
	}

	@Test
	void badInputNamesTheFieldAndRecordsNothing() throws Exception {
		ReturnVisitView visit = repairsVisit();
		attempt(agent, visit.id(), "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("method")));
		attempt(agent, visit.id(), "{\"method\": \"FAX\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("method")));
		attempt(agent, visit.id(), "{\"method\": \"VISIT\", \"note\": \"%s\"}".formatted("留".repeat(501)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("note")));
		assertThat(reread(visit).attempts()).isEmpty();
	}

	@Test
	void anotherCommunitysStaffGets404AndNothingChanges() throws Exception {
		ReturnVisitView visit = repairsVisit();
		StaffUser stranger = fixtures.staff(Role.AGENT, fixtures.community("远方").id());
		attempt(stranger, visit.id(), "{\"method\": \"VISIT\"}").andExpect(status().isNotFound());
		mvc.perform(post("/return-visits/{id}/attempts", visit.id()).param("method", "VISIT")
			.with(csrf())
			.with(user(stranger))).andExpect(status().isNotFound());
		assertThat(reread(visit).attempts()).isEmpty();
		mvc.perform(get("/api/work-orders/{id}", visit.workOrderId()).with(user(agent)))
			.andExpect(jsonPath("$.timeline[*].action", org.hamcrest.Matchers.not(hasItem("UNREACHED"))));
	}

	/**
	 * Two agents (or a double submit) recording the same visit at once: one is recorded,
	 * the other refused (422), and the order's timeline has one visit outcome.
	 */
	@Test
	void aVisitRecordedTwiceAtOnceIsRecordedOnce() throws Exception {
		ReturnVisitView visit = repairsVisit();
		StaffUser other = fixtures.staff(Role.AGENT, community);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.List<Integer> statuses = new java.util.ArrayList<>();
		try {
			var answers = java.util.List.of(
					pool.submit(() -> record(start, agent, visit.id(),
							"{\"method\": \"PHONE\", \"satisfied\": true, \"score\": 5}")),
					pool.submit(() -> record(start, other, visit.id(),
							"{\"method\": \"PHONE\", \"satisfied\": false, \"score\": 2, \"comment\": \"还在滴水\"}")));
			start.countDown();
			for (var a : answers) {
				statuses.add(a.get(30, java.util.concurrent.TimeUnit.SECONDS));
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(statuses).containsExactlyInAnyOrder(200, 422);
		WorkOrderDetail order = Fixtures.as(agent, () -> queries.detail(WorkOrderId.of(visit.workOrderId())));
		assertThat(order.timeline().stream().filter(t -> t.action() == WorkOrderAction.VISIT)).hasSize(1);
	}

	int record(java.util.concurrent.CountDownLatch start, StaffUser who, long visitId, String body) throws Exception {
		start.await();
		return mvc
			.perform(post("/api/return-visits/{id}", visitId).contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(csrf())
				.with(user(who)))
			.andReturn()
			.getResponse()
			.getStatus();
	}

}
