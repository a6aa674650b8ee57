package com.guanjia.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * R2: the reception log — record, handle with an agreed reply time, reply, archive, and
 * one action to a work order.
 */
@GuanjiaTest
@RecordApplicationEvents
class DeskTests {

	@Autowired
	ApplicationEvents published;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Deadlines deadlines;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	long community;

	long unit;

	StaffUser agent;

	@BeforeEach
	void setUp() {
		community = fixtures.community("阳光花园").id();
		long building = fixtures.building(community, "3").id();
		unit = fixtures.unit(community, building, "2", "1502", "89.50").id();
		agent = fixtures.staff(Role.AGENT, community);
	}

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
	}

	ResultActions post(String url, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(url)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(csrf())
			.with(user(agent)));
	}

	long record(String body) throws Exception {
		String json = post("/api/reception-records", body).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	@Test
	void aQuestionAnsweredOnTheSpotIsRepliedAndArchived() throws Exception {
		long id = record("""
				{"communityId": %d, "channel": "PHONE", "callerName": "王女士", "callerPhone": "13700001111",
				 "question": "物业费怎么交", "result": "可在服务中心或网上缴纳", "answeredOnTheSpot": true}""".formatted(community));
		post("/api/reception-records/" + id + "/handling",
				"{\"handler\": \"x\", \"agreedReplyAt\": \"2026-12-01T02:00:00Z\"}")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value(containsString("已回复")));
		post("/api/reception-records/" + id + "/archive", "").andExpect(jsonPath("$.status").value("ARCHIVED"));
	}

	/**
	 * R2.1: the page offers, and the API lists, the steps the record allows; each step is
	 * appended to the record's history with who took it and announced by an event.
	 */
	@Test
	void thePageAndTheApiOfferWhatTheRecordAllowsAndEveryStepIsInItsHistory() throws Exception {
		long id = record("""
				{"communityId": %d, "channel": "PHONE", "callerName": "王女士", "question": "物业费怎么交",
				 "result": "可在服务中心缴纳", "answeredOnTheSpot": true}""".formatted(community));
		mvc.perform(get("/api/reception-records/" + id).with(user(agent)))
			.andExpect(jsonPath("$.actions").value(org.hamcrest.Matchers.contains("ARCHIVE", "ORDER")));
		mvc.perform(get("/desk/records/" + id).with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/desk/records/" + id + "/archive")))
			.andExpect(content().string(containsString("to-work-order")))
			.andExpect(content().string(not(containsString("/desk/records/" + id + "/handle"))))
			.andExpect(content().string(not(containsString("/desk/records/" + id + "/reply"))));
		post("/api/reception-records/" + id + "/archive", "").andExpect(jsonPath("$.actions").isEmpty());
		mvc.perform(get("/desk/records/" + id).with(user(agent)))
			.andExpect(content().string(not(containsString("/desk/records/" + id + "/archive"))))
			.andExpect(content().string(not(containsString("to-work-order"))));
		assertThat(jdbc.sql("select action || ' ' || actor from reception_step where record_id = ? order by id")
			.param(id)
			.query(String.class)
			.list()).containsExactly("RECORD " + agent.getUsername(), "REPLY " + agent.getUsername(),
					"ARCHIVE " + agent.getUsername());
		assertThat(published.stream(DeskEvents.ReceptionRecorded.class)
			.filter(e -> e.recordId() == id)
			.map(DeskEvents.ReceptionRecorded::answeredOnTheSpot)).containsExactly(true);
		assertThat(published.stream(DeskEvents.ReceptionArchived.class).filter(e -> e.recordId() == id))
			.containsExactly(new DeskEvents.ReceptionArchived(community, id));
	}

	@Test
	void aQuestionForASpecialistGetsAnAgreedReplyTimeAndTheAgentIsRemindedWhenLate() throws Exception {
		long id = record("""
				{"communityId": %d, "channel": "VISIT", "callerName": "赵先生", "callerPhone": "13900003333", "unitId": %d,
				 "question": "外墙保温层能否自行改造"}""".formatted(community, unit));
		post("/api/reception-records/" + id + "/handling",
				"{\"handler\": \"工程部孙工\", \"agreedReplyAt\": \"2026-12-01T02:00:00Z\"}")
			.andExpect(jsonPath("$.status").value("HANDLING"));
		mvc.perform(
				get("/api/reception-records/queue").param("communityId", String.valueOf(community)).with(user(agent)))
			.andExpect(jsonPath("$[*].id", hasItem((int) id)));
		clock.set(TestClockConfiguration.START.plus(Duration.ofDays(1)));
		deadlines.check(community);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> mvc.perform(get("/api/notifications").with(user(agent)))
				.andExpect(jsonPath("$[*].text", hasItem(containsString("约定的回复时间")))));
		post("/api/reception-records/" + id + "/reply", "{\"reply\": \"需报业委会审批，不可自行改造\"}")
			.andExpect(jsonPath("$.status").value("REPLIED"));
		mvc.perform(get("/api/reception-records/" + id).with(user(agent)))
			.andExpect(jsonPath("$.repliedAt").value("2026-12-01T02:00:00Z"));
	}

	@Test
	void oneActionTurnsARecordIntoAWorkOrderCarryingEverythingOver() throws Exception {
		long id = record("""
				{"communityId": %d, "channel": "PHONE", "callerName": "张三", "callerPhone": "13812345678", "unitId": %d,
				 "question": "厨房水管漏水"}""".formatted(community, unit));
		String json = post("/api/reception-records/" + id + "/work-order",
				"{\"kind\": \"IN_UNIT_REPAIR\", \"category\": \"LEAK\", \"immediate\": true}")
			.andExpect(jsonPath("$.status").value("HANDLING"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long orderId = ((Number) JsonPath.read(json, "$.workOrderId")).longValue();
		mvc.perform(get("/api/work-orders/" + orderId).with(user(agent)))
			.andExpect(jsonPath("$.order.unitId").value((int) unit))
			.andExpect(jsonPath("$.order.reporterName").value("张三"))
			.andExpect(jsonPath("$.order.reporterPhone").value("13812345678"))
			.andExpect(jsonPath("$.order.description").value("厨房水管漏水"))
			.andExpect(jsonPath("$.order.immediate").value(true))
			.andExpect(jsonPath("$.order.sourceRecordId").value((int) id));
		post("/api/reception-records/" + id + "/work-order", "{\"kind\": \"IN_UNIT_REPAIR\"}")
			.andExpect(status().isUnprocessableEntity());
		// Cancelling is not closing: the record stays open; closing an answered enquiry
		// replies it.
		long enquiry = record(
				"""
						{"communityId": %d, "channel": "ONLINE", "callerName": "李四", "callerPhone": "13900004444", "question": "小区何时停水"}"""
					.formatted(community));
		String e = post("/api/reception-records/" + enquiry + "/work-order", "{\"kind\": \"ENQUIRY\"}").andReturn()
			.getResponse()
			.getContentAsString();
		long enquiryOrder = ((Number) JsonPath.read(e, "$.workOrderId")).longValue();
		StaffUser tech = fixtures.staff(Role.TECHNICIAN, community);
		post("/api/work-orders/" + enquiryOrder + "/dispatch", "{\"technicianId\": %d}".formatted(tech.staffId()))
			.andExpect(status().isOk());
		mvc.perform(MockMvcRequestBuilders.post("/api/work-orders/" + enquiryOrder + "/acceptance")
			.with(csrf())
			.with(user(tech))).andExpect(status().isOk());
		post("/api/work-orders/" + enquiryOrder + "/completion", "{\"result\": \"周三9点到12点停水\"}")
			.andExpect(status().isOk());
		post("/api/work-orders/" + enquiryOrder + "/closing", "{\"text\": \"已电话告知\"}")
			.andExpect(jsonPath("$.status").value("CLOSED"));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> mvc.perform(get("/api/reception-records/" + enquiry).with(user(agent)))
				.andExpect(jsonPath("$.status").value("REPLIED")));
	}

	@Autowired
	com.guanjia.residents.UnitOccupancy occupancy;

	@Test
	void aRegisteredResidentFoundWithTheSearchBoxBringsNamePhoneAndUnit() throws Exception {
		String phone = com.guanjia.residents.People.mobile("4321");
		long party = Fixtures
			.as(Fixtures.ROOT,
					() -> occupancy
						.registerOwner(community,
								new com.guanjia.residents.OwnerCommand(unit, null,
										com.guanjia.residents.PartyCommand.person("钱多多",
												com.guanjia.residents.People.idCard(), phone),
										null, null)))
			.partyId();
		mvc.perform(get("/desk/residents").param("q", "钱多多").header("HX-Request", "true").with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("钱多多")))
			.andExpect(content().string(containsString("3-2-1502")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(phone))));
		long id = record("{\"communityId\": %d, \"channel\": \"VISIT\", \"partyId\": %d, \"question\": \"门禁卡失灵\"}"
			.formatted(community, party));
		mvc.perform(get("/api/reception-records/" + id).with(user(agent)))
			.andExpect(jsonPath("$.callerName").value("钱多多"))
			.andExpect(jsonPath("$.callerPhone").value(phone))
			.andExpect(jsonPath("$.unitLabel").value("3-2-1502"));
		post("/api/reception-records",
				"{\"communityId\": %d, \"channel\": \"VISIT\", \"partyId\": 999999999, \"question\": \"x\"}"
					.formatted(community))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("partyId"));
	}

	@Test
	void badInputIsNamedAndADoubleSubmitRecordsOnce() throws Exception {
		post("/api/reception-records",
				"{\"communityId\": %d, \"channel\": \"PHONE\", \"callerPhone\": \"123\"}".formatted(community))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("question")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("callerPhone")));
		long before = jdbc.sql("select count(*) from reception_record where community_id = ?")
			.param(community)
			.query(Long.class)
			.single();
		String body = """
				{"communityId": %d, "channel": "PHONE", "callerName": "王", "callerPhone": "13900005555", "question": "电梯异响",
				 "requestKey": "k-1"}"""
			.formatted(community);
		long first = record(body);
		long second = record(body);
		assertThat(second).isEqualTo(first);
		assertThat(jdbc.sql("select count(*) from reception_record where community_id = ?")
			.param(community)
			.query(Long.class)
			.single()).isEqualTo(before + 1);
	}

	@Test
	void theDeskPageRecordsACallAndShowsMistakes() throws Exception {
		mvc.perform(get("/desk").with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("巡查发现")));
		mvc.perform(MockMvcRequestBuilders.post("/desk")
			.with(user(agent))
			.with(csrf())
			.param("channel", "PHONE")
			.param("question", "")
			.param("callerName", "王"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/desk"))
			.andExpect(flash().attribute("error", containsString("必填")));
		mvc.perform(MockMvcRequestBuilders.post("/desk")
			.with(user(agent))
			.with(csrf())
			.param("channel", "PHONE")
			.param("question", "楼道灯不亮")
			.param("callerName", "王")
			.param("callerPhone", "13900006666")
			.param("unitLabel", "3-2-1502")
			.param("requestKey", Fixtures.unique("d"))).andExpect(redirectedUrlPattern("/desk/records/*"));
		StaffUser cashier = fixtures.staff(Role.CASHIER, community);
		mvc.perform(get("/desk").with(user(cashier))).andExpect(status().isForbidden());
	}

}
