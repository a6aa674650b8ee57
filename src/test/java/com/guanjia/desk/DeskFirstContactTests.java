package com.guanjia.desk;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.MutableClock;
import com.guanjia.support.TestClockConfiguration;
import com.guanjia.workorders.WorkOrderFixtures;
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
 * Issue 10 item 3 (R4.3). Seed 002, 投诉处理内部工作程序: "各“XX中心”接待站将投诉内容进行记录、分类、归口，迅速传达到相关部门，
 * 相关部门直接责任人第一时间与客户取得联系…及时将处理相关信息告知投诉接待人，由投诉接待人详细记录". The agent who took the complaint at
 * the desk sees on the reception record when, how and by whom the resident was first
 * reached about the work order made from it — read from the work orders, not typed again.
 */
@GuanjiaTest
class DeskFirstContactTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	WorkOrderFixtures orders;

	@Autowired
	MutableClock clock;

	long community;

	StaffUser agent;

	StaffUser butler;

	@BeforeEach
	void setUp() {
		community = fixtures.community("翠湖居").id();
		agent = fixtures.staff(Role.AGENT, community);
		butler = orders.staffIn(Role.BUTLER, community, "CUSTOMER_SERVICE");
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

	@Test
	void theReceptionRecordShowsTheFirstContactOfItsComplaint() throws Exception {
		long record = id(post(agent, "/api/reception-records", """
				{"communityId": %d, "channel": "VISIT", "callerName": "周先生", "callerPhone": "13800002222",
				 "question": "楼下装修噪音，物业不管"}""".formatted(community)).andExpect(status().isCreated()), "$.id");
		long order = id(
				post(agent, "/api/reception-records/" + record + "/work-order",
						"{\"kind\": \"COMPLAINT\", \"severity\": \"MINOR\"}")
					.andExpect(status().isOk()),
				"$.workOrderId");

		// Not yet reached: the record says so.
		mvc.perform(get("/api/reception-records/" + record).with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workOrderId").value(order))
			.andExpect(jsonPath("$.firstContact").value(nullValue()));
		mvc.perform(get("/desk/records/" + record).with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("首次联系住户")))
			.andExpect(content().string(containsString("尚未联系")));

		// The butler of the department calls the resident at 10:30 Shanghai time.
		clock.set(TestClockConfiguration.START.plus(Duration.ofMinutes(40)));
		post(butler, "/api/work-orders/" + order + "/contact",
				"{\"channel\": \"PHONE\", \"contactedAt\": \"2026-11-30T02:30:00Z\", \"note\": \"已致电说明，下午上门协调\"}")
			.andExpect(status().isOk());

		mvc.perform(get("/api/reception-records/" + record).with(user(agent)))
			.andExpect(jsonPath("$.firstContact.at").value("2026-11-30T02:30:00Z"))
			.andExpect(jsonPath("$.firstContact.how").value("PHONE"))
			.andExpect(jsonPath("$.firstContact.by").value(butler.displayName()));
		mvc.perform(get("/desk/records/" + record).with(user(agent)))
			.andExpect(content().string(containsString("2026-11-30 10:30 电话 " + butler.displayName())))
			.andExpect(content().string(not(containsString("尚未联系"))));
		// The day's log carries it too.
		mvc.perform(get("/api/reception-records").param("communityId", String.valueOf(community)).with(user(agent)))
			.andExpect(jsonPath("$[?(@.id == %d)].firstContact.how".formatted(record)).value("PHONE"));
	}

	/** Another community's agent learns nothing of the record or its contact. */
	@Test
	void anotherCommunitysAgentGets404() throws Exception {
		long record = id(post(agent, "/api/reception-records", """
				{"communityId": %d, "channel": "PHONE", "callerName": "吴女士", "callerPhone": "13800003333",
				 "question": "电梯异响"}""".formatted(community)).andExpect(status().isCreated()), "$.id");
		StaffUser stranger = fixtures.staff(Role.AGENT, fixtures.community("别处").id());
		mvc.perform(get("/api/reception-records/" + record).with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(get("/desk/records/" + record).with(user(stranger))).andExpect(status().isNotFound());
	}

}
