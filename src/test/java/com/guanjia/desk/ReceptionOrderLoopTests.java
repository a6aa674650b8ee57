package com.guanjia.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.scheduling.DeadlineKind;
import com.guanjia.scheduling.DeadlineView;
import com.guanjia.scheduling.Deadlines;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.MutableClock;
import com.guanjia.support.TestClockConfiguration;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A reception record handed on as a work order (R2.1: 记录—处理—回复—存档, seed 001 "接待四步曲"): the
 * kind's profile decides where the work is, and the order's closing is the reply the
 * resident was promised (R2.2, seed 002: "需要专业人员解答的问题…在约定时间内回复"), so the reply clock
 * stops.
 */
@GuanjiaTest
class ReceptionOrderLoopTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Deadlines deadlines;

	@Autowired
	MutableClock clock;

	long community;

	StaffUser agent;

	@BeforeEach
	void setUp() {
		community = fixtures.community("碧水湾").id();
		agent = fixtures.staff(Role.AGENT, community);
	}

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
	}

	ResultActions post(StaffUser who, String url, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(url)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(csrf())
			.with(user(who)));
	}

	long id(ResultActions result, String path) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), path)).longValue();
	}

	/**
	 * Every kind worked in a public place takes its location from the record — the desk
	 * asks the kind's profile, it does not test for PUBLIC_REPAIR (a patrol finding was
	 * refused for want of a location).
	 */
	@Test
	void aPatrolRecordBecomesAPatrolFindingAtThePlaceItNames() throws Exception {
		long record = id(post(agent, "/api/reception-records", """
				{"communityId": %d, "channel": "PATROL", "question": "5栋楼顶排水口堵塞"}""".formatted(community))
			.andExpect(status().isCreated()), "$.id");
		long order = id(
				post(agent, "/api/reception-records/" + record + "/work-order", "{\"kind\": \"PATROL_FINDING\"}")
					.andExpect(status().isOk()),
				"$.workOrderId");
		mvc.perform(get("/api/work-orders/" + order).with(user(agent)))
			.andExpect(jsonPath("$.order.kind").value("PATROL_FINDING"))
			.andExpect(jsonPath("$.order.location").value("5栋楼顶排水口堵塞"))
			.andExpect(jsonPath("$.order.reporterStaffId").value(agent.staffId()));
	}

	/**
	 * A question handed to a specialist with an agreed reply time, then made a work
	 * order: when the order closes the record is replied and its reply clock is met — no
	 * "late" reminder afterwards for a reply already given.
	 */
	@Test
	void closingTheOrderStopsTheRecordsReplyClock() throws Exception {
		long record = id(post(agent, "/api/reception-records", """
				{"communityId": %d, "channel": "PHONE", "callerName": "孙女士", "callerPhone": "13700001111",
				 "question": "小区何时清洗二次供水水箱"}""".formatted(community)).andExpect(status().isCreated()), "$.id");
		post(agent, "/api/reception-records/" + record + "/handling",
				"{\"handler\": \"工程部\", \"agreedReplyAt\": \"2026-11-30T12:00:00Z\"}")
			.andExpect(status().isOk());
		long order = id(post(agent, "/api/reception-records/" + record + "/work-order", "{\"kind\": \"ENQUIRY\"}")
			.andExpect(status().isOk()), "$.workOrderId");
		StaffUser tech = fixtures.staff(Role.TECHNICIAN, community);
		post(agent, "/api/work-orders/" + order + "/dispatch", "{\"technicianId\": %d}".formatted(tech.staffId()))
			.andExpect(status().isOk());
		post(tech, "/api/work-orders/" + order + "/acceptance", "").andExpect(status().isOk());
		post(agent, "/api/work-orders/" + order + "/completion", "{\"result\": \"12月5日清洗\"}")
			.andExpect(status().isOk());
		post(agent, "/api/work-orders/" + order + "/closing", "{\"text\": \"已电话告知\"}")
			.andExpect(jsonPath("$.status").value("CLOSED"));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> mvc.perform(get("/api/reception-records/" + record).with(user(agent)))
				.andExpect(jsonPath("$.status").value("REPLIED")));

		List<DeadlineView> clocks = deadlines.of(community, Deadlines.Subject.of(ReceptionDesk.SUBJECT, record));
		assertThat(clocks).filteredOn(d -> d.kind() == DeadlineKind.REPLY)
			.singleElement()
			.satisfies(d -> assertThat(d.metAt()).isNotNull());
		clock.set(TestClockConfiguration.START.plus(Duration.ofDays(1)));
		deadlines.check();
		assertThat(deadlines.of(community, Deadlines.Subject.of(ReceptionDesk.SUBJECT, record)))
			.allSatisfy(d -> assertThat(d.breachedAt()).isNull());
	}

}
