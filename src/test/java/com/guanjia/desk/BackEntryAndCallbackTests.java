package com.guanjia.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.TestClockConfiguration;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Issue 10 item 10 (R2.3) and the API client's back-entry (补录).
 * <ul>
 * <li>Seed 000: "如需回复的，应问清楚对方联系电话并清晰登记" — a record the resident waits for is not saved
 * without a number to call back; one answered on the spot, or a patrol's own finding,
 * needs none.</li>
 * <li>A visit, call or order written down later carries {@code receivedAt}: not in the
 * future, not older than the configured limit (7 days), audited as back-entered; the
 * clocks and the warranty verdict count from it.</li>
 * </ul>
 */
@GuanjiaTest
class BackEntryAndCallbackTests {

	static final Instant NOW = TestClockConfiguration.START;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	long community;

	long unit;

	StaffUser agent;

	StaffUser manager;

	@BeforeEach
	void setUp() {
		community = fixtures.community("翡翠城").id();
		long building = fixtures.building(community, "8").id();
		unit = fixtures.unit(community, building, "1", "801", "100.00").id();
		agent = fixtures.staff(Role.AGENT, community);
		manager = fixtures.staff(Role.MANAGER, community);
	}

	ResultActions post(String url, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(url)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(csrf())
			.with(user(agent)));
	}

	long id(ResultActions result, String path) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), path)).longValue();
	}

	long records() {
		return jdbc.sql("select count(*) from reception_record where community_id = ?")
			.param(community)
			.query(Long.class)
			.single();
	}

	@Test
	void aRecordTheResidentWaitsForNeedsANumberToCallBack() throws Exception {
		post("/api/reception-records",
				"""
						{"communityId": %d, "channel": "VISIT", "callerName": "吴先生", "question": "能否加装防盗网"}"""
					.formatted(community))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("callerPhone"))
			.andExpect(jsonPath("$.errors[0].message").value("需要回复的记录请登记联系电话，以便回复业主"));
		assertThat(records()).isZero();
		post("/api/reception-records", """
				{"communityId": %d, "channel": "VISIT", "callerName": "吴先生", "callerPhone": "13500007777",
				 "question": "能否加装防盗网"}""".formatted(community)).andExpect(status().isCreated());
		// Answered on the spot: nobody waits, no number needed; nor for a patrol's
		// finding.
		post("/api/reception-records", """
				{"communityId": %d, "channel": "VISIT", "callerName": "吴先生", "question": "物业费怎么交",
				 "result": "服务中心或网上缴纳", "answeredOnTheSpot": true}""".formatted(community))
			.andExpect(status().isCreated());
		post("/api/reception-records", """
				{"communityId": %d, "channel": "PATROL", "question": "3栋门禁损坏"}""".formatted(community))
			.andExpect(status().isCreated());
	}

	@Test
	void aBackEnteredRecordKeepsWhenItWasReceivedAndIsAudited() throws Exception {
		Instant received = NOW.minus(Duration.ofHours(14));
		long id = id(post("/api/reception-records", """
				{"communityId": %d, "channel": "PHONE", "callerName": "郑女士", "callerPhone": "13500008888",
				 "unitId": %d, "question": "夜里楼上漏水", "receivedAt": "%s"}""".formatted(community, unit, received))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.createdAt").value(received.toString())), "$.id");
		mvc.perform(get("/api/audit-log").param("entityType", "reception_record")
			.param("entityId", String.valueOf(id))
			.with(user(manager))).andExpect(jsonPath("$[*].action", hasItem("backEntered")));

		// Its work order counts from when the call came in: an in-unit repair is due 3
		// days after it.
		long order = id(
				post("/api/reception-records/" + id + "/work-order",
						"{\"kind\": \"IN_UNIT_REPAIR\", \"category\": \"LEAK\"}")
					.andExpect(status().isOk()),
				"$.workOrderId");
		mvc.perform(get("/api/work-orders/" + order).with(user(agent)))
			.andExpect(jsonPath("$.order.createdAt").value(received.toString()));

		// Not in the future, not older than 7 days; nothing is saved.
		long before = records();
		for (Instant wrong : new Instant[] { NOW.plus(Duration.ofHours(1)), NOW.minus(Duration.ofDays(8)) }) {
			post("/api/reception-records", """
					{"communityId": %d, "channel": "PHONE", "callerName": "郑女士", "callerPhone": "13500008888",
					 "question": "夜里楼上漏水", "receivedAt": "%s"}""".formatted(community, wrong))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("receivedAt"));
		}
		assertThat(records()).isEqualTo(before);
	}

	@Test
	void aBackEnteredOrdersClocksAndWarrantyCountFromWhenItWasReceived() throws Exception {
		// Handed over on 2026-05-26: lamps and switches are under warranty for 6 months,
		// to 2026-11-26. Received on the 25th, entered on the 30th: free.
		jdbc.sql("update unit set handover_date = ? where community_id = ? and id = ?")
			.params(LocalDate.of(2026, 5, 26), community, unit)
			.update();
		Instant received = Instant.parse("2026-11-25T01:00:00Z");
		String body = """
				{"communityId": %d, "kind": "IN_UNIT_REPAIR", "unitId": %d, "reporterName": "冯先生",
				 "reporterPhone": "13500009999", "category": "LAMP_SWITCH", "description": "客厅开关失灵"%s}""";
		long id = id(post("/api/work-orders", body.formatted(community, unit, ", \"receivedAt\": \"" + received + "\""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.createdAt").value(received.toString()))
			.andExpect(jsonPath("$.warranty").value("FREE"))
			.andExpect(jsonPath("$.dueAt").value(received.plus(Duration.ofDays(3)).toString())), "$.id");
		mvc.perform(get("/api/audit-log").param("entityType", "work_order")
			.param("entityId", String.valueOf(id))
			.with(user(manager))).andExpect(jsonPath("$[*].action", hasItem("backEntered")));
		// Entered as it happens, the same repair is out of warranty today.
		post("/api/work-orders", body.formatted(community, unit, "")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.warranty").value("PAID"));
		post("/api/work-orders", body.formatted(community, unit, ", \"receivedAt\": \"2026-11-20T01:00:00Z\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("receivedAt"));
	}

	/**
	 * Issue 10, back-entry on the desk page: the console form takes the time a call was
	 * really received, in the community's zone (Asia/Shanghai here, so 2026-11-29 20:00
	 * local is 12:00 UTC), with the API's rule — not in the future, not older than the
	 * limit — shown as a friendly message, nothing saved.
	 */
	@Test
	void theDeskPageBackEntersACallReceivedEarlier() throws Exception {
		String key = Fixtures.unique("back");
		mvc.perform(get("/desk").with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("name=\"receivedAt\"")));
		mvc.perform(page().param("receivedAt", "2026-11-29T20:00").param("requestKey", key))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrlPattern("/desk/records/*"));
		Instant saved = jdbc.sql("select created_at from reception_record where community_id = ? and request_key = ?")
			.params(community, key)
			.query(Instant.class)
			.single();
		assertThat(saved).isEqualTo(Instant.parse("2026-11-29T12:00:00Z"));

		long before = records();
		for (String wrong : new String[] { "2026-11-30T11:00", "2026-11-20T10:00", "昨晚" }) {
			mvc.perform(page().param("receivedAt", wrong).param("requestKey", Fixtures.unique("back")))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/desk"))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
					.attribute("error", org.hamcrest.Matchers.startsWith("受理时间: ")));
		}
		assertThat(records()).isEqualTo(before);
	}

	MockHttpServletRequestBuilder page() {
		return MockMvcRequestBuilders.post("/desk")
			.with(user(agent))
			.with(csrf())
			.param("channel", "PHONE")
			.param("question", "夜里楼上漏水")
			.param("callerName", "郑女士")
			.param("callerPhone", "13500008888");
	}

}
