package com.guanjia.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * R3, R3.4, R3.5, R5.1 through the JSON API: a repair's whole life, its refusals and its
 * boundaries.
 */
@GuanjiaTest
class WorkOrderApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	WorkOrderFixtures orders;

	@Autowired
	JdbcClient jdbc;

	long community;

	long otherCommunity;

	long unit;

	long engineering;

	StaffUser agent;

	StaffUser technician;

	StaffUser otherTechnician;

	@BeforeEach
	void setUp() {
		community = fixtures.community("阳光花园").id();
		otherCommunity = fixtures.community("翠湖居").id();
		long building = fixtures.building(community, "3").id();
		unit = fixtures.unit(community, building, "2", "1502", "89.50").id(); // handed
																				// over
																				// 2020-06-17
		engineering = orders.department(community, "ENGINEERING");
		agent = fixtures.staff(Role.AGENT, community);
		technician = orders.staffIn(Role.TECHNICIAN, community, "ENGINEERING");
		otherTechnician = orders.staffIn(Role.TECHNICIAN, otherCommunity, "ENGINEERING");
	}

	ResultActions post(StaffUser who, String url, String body) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(csrf())
			.with(user(who)));
	}

	long open(String body) throws Exception {
		String json = post(agent, "/api/work-orders", body).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	String repairBody(String category) {
		return """
				{"communityId": %d, "kind": "IN_UNIT_REPAIR", "unitId": %d, "reporterName": "张三",
				 "reporterPhone": "138 1234 5678", "description": "厨房水龙头漏水", "convenientTime": "晚上7点后",
				 "category": "%s"}""".formatted(community, unit, category);
	}

	@Test
	void aPaidRepairIsDispatchedWorkedChargedSignedAndVisited() throws Exception {
		long id = open(repairBody("SANITARY"));
		mvc.perform(get("/api/work-orders/" + id).with(user(agent)))
			.andExpect(jsonPath("$.order.number").value(org.hamcrest.Matchers.matchesPattern("WO-20261130-\\d{4}")))
			.andExpect(jsonPath("$.order.warranty").value("PAID"))
			.andExpect(jsonPath("$.order.reporterPhone").value("13812345678"))
			.andExpect(jsonPath("$.timeline[0].action").value("OPEN"));

		post(agent, "/api/work-orders/" + id + "/dispatch",
				"{\"departmentId\": %d, \"technicianId\": %d}".formatted(engineering, technician.staffId()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DISPATCHED"));
		mvc.perform(get("/api/work-orders/mine").with(user(technician)))
			.andExpect(jsonPath("$[*].id", hasItem((int) id)));
		post(technician, "/api/work-orders/" + id + "/acceptance", "")
			.andExpect(jsonPath("$.status").value("ACCEPTED"));
		post(technician, "/api/work-orders/" + id + "/arrival", "").andExpect(jsonPath("$.status").value("ARRIVED"));
		post(technician, "/api/work-orders/" + id + "/proposal",
				"{\"solution\": \"更换阀芯，业主自备材料，约30分钟\", \"residentConsents\": true}")
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"));
		post(technician, "/api/work-orders/" + id + "/materials",
				"{\"name\": \"阀芯\", \"quantity\": 1, \"source\": \"RESIDENT\", \"inspectedOk\": true}")
			.andExpect(status().isOk());
		post(technician, "/api/work-orders/" + id + "/charges", "{\"priceCode\": \"FAUCET\", \"quantity\": 1}")
			.andExpect(status().isOk());
		post(technician, "/api/work-orders/" + id + "/charges", "{\"priceCode\": \"LABOUR_HOUR\", \"quantity\": 0.5}")
			.andExpect(status().isOk());
		post(technician, "/api/work-orders/" + id + "/adjustment", "{\"amount\": -5, \"reason\": \"协商优惠\"}")
			.andExpect(status().isOk());
		mvc.perform(get("/api/work-orders/" + id).with(user(technician)))
			.andExpect(jsonPath("$.chargesTotal").value(35.00))
			.andExpect(jsonPath("$.total").value(30.00));
		post(technician, "/api/work-orders/" + id + "/completion", "{\"result\": \"已更换阀芯，不再漏水\"}")
			.andExpect(jsonPath("$.status").value("COMPLETED"));
		post(technician, "/api/work-orders/" + id + "/sign-off", "{\"name\": \"张三\", \"code\": \"000000x\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		String code = jdbc.sql("select confirmation_code from work_order where id = ?")
			.param(id)
			.query(String.class)
			.single();
		post(technician, "/api/work-orders/" + id + "/sign-off", "{\"name\": \"张三\", \"code\": \"%s\"}".formatted(code))
			.andExpect(jsonPath("$.status").value("CLOSED"));

		// R5.1: closing schedules the return visit (other repairs: within 2 days).
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> mvc
				.perform(get("/api/return-visits").param("communityId", String.valueOf(community)).with(user(agent)))
				.andExpect(jsonPath("$[*].workOrderId", hasItem((int) id)))
				.andExpect(jsonPath("$[0].dueAt").value("2026-12-02T02:00:00Z")));
		long visit = jdbc.sql("select id from return_visit where work_order_id = ?")
			.param(id)
			.query(Long.class)
			.single();
		post(agent, "/api/return-visits/" + visit, "{\"method\": \"PHONE\", \"satisfied\": false, \"score\": 2}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		post(agent, "/api/return-visits/" + visit,
				"{\"method\": \"PHONE\", \"satisfied\": false, \"score\": 2, \"comment\": \"还在滴水\"}")
			.andExpect(jsonPath("$.satisfied").value(false));
		mvc.perform(get("/api/work-orders/" + id).with(user(agent)))
			.andExpect(jsonPath("$.order.status").value("REOPENED"))
			.andExpect(jsonPath("$.order.reopenCount").value(1))
			.andExpect(jsonPath("$.timeline[*].action", hasItem("SIGN")))
			.andExpect(jsonPath("$.timeline[-1].action").value("REOPEN"));
	}

	@Test
	void illegalStepsAreRefusedNamingTheCurrentState() throws Exception {
		long id = open(repairBody("SANITARY"));
		post(agent, "/api/work-orders/" + id + "/completion", "{\"result\": \"x\"}")
			.andExpect(status().isUnprocessableEntity());
		post(agent, "/api/work-orders/" + id + "/arrival", "").andExpect(status().isForbidden());
		post(agent, "/api/work-orders/" + id + "/closing", "{}").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("workOrder.illegal"))
			.andExpect(jsonPath("$.detail").value(containsString("已受理")))
			.andExpect(jsonPath("$.detail").value(containsString("告知结果并关闭")));
		post(agent, "/api/work-orders/" + id + "/reopening", "{\"text\": \"x\"}")
			.andExpect(status().isUnprocessableEntity());
		post(agent, "/api/work-orders/" + id + "/cancellation", "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		post(agent, "/api/work-orders/" + id + "/cancellation", "{\"text\": \"业主已自行修好\"}")
			.andExpect(jsonPath("$.status").value("CANCELLED"));
		post(agent, "/api/work-orders/" + id + "/dispatch", "{\"technicianId\": %d}".formatted(technician.staffId()))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value(containsString("已取消")));
	}

	@Test
	void underWarrantyTheRepairIsFreeAndCannotBeCharged() throws Exception {
		long id = open(repairBody("LEAK")); // handed over 2020-06-17, leaks 5 years:
											// until 2025-06-16 → paid now
		mvc.perform(get("/api/work-orders/" + id).with(user(agent)))
			.andExpect(jsonPath("$.order.warranty").value("PAID"));
		long free = open(repairBody("STRUCTURE"));
		mvc.perform(get("/api/work-orders/" + free).with(user(agent)))
			.andExpect(jsonPath("$.order.warranty").value("FREE"));
	}

	@Test
	void aTechnicianOfAnotherCommunityNeitherSeesNorActs() throws Exception {
		long id = open(repairBody("SANITARY"));
		mvc.perform(get("/api/work-orders/" + id).with(user(otherTechnician))).andExpect(status().isNotFound());
		post(otherTechnician, "/api/work-orders/" + id + "/acceptance", "").andExpect(status().isNotFound());
		mvc.perform(get("/api/work-orders").param("communityId", String.valueOf(community)).with(user(otherTechnician)))
			.andExpect(status().isForbidden());
		// Dispatching to someone outside the community is refused as bad input.
		post(agent, "/api/work-orders/" + id + "/dispatch",
				"{\"technicianId\": %d}".formatted(otherTechnician.staffId()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("technicianId"));
		// A technician of the same community who was not sent cannot act either.
		StaffUser colleague = orders.staffIn(Role.TECHNICIAN, community, "ENGINEERING");
		post(agent, "/api/work-orders/" + id + "/dispatch", "{\"technicianId\": %d}".formatted(technician.staffId()))
			.andExpect(status().isOk());
		post(colleague, "/api/work-orders/" + id + "/acceptance", "").andExpect(status().isForbidden());
	}

	@Test
	void aCashierSeesOrdersButNotTheResidentsPhone() throws Exception {
		long id = open(repairBody("SANITARY"));
		StaffUser cashier = fixtures.staff(Role.CASHIER, community);
		mvc.perform(get("/api/work-orders/" + id).with(user(cashier)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.order.reporterPhone").value("138****5678"));
		mvc.perform(get("/api/work-orders").param("communityId", String.valueOf(community)).with(user(cashier)))
			.andExpect(jsonPath("$.items[0].reporterPhone").value("138****5678"));
		StaffUser guard = fixtures.staff(Role.GUARD, community);
		mvc.perform(get("/api/work-orders/" + id).with(user(guard))).andExpect(status().isForbidden());
	}

	@Test
	void badInputNamesEachFieldAndSavesNothing() throws Exception {
		long before = count();
		post(agent, "/api/work-orders",
				"""
						{"communityId": %d, "kind": "IN_UNIT_REPAIR", "reporterPhone": "12345", "description": ""}"""
					.formatted(community))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("description")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("unitId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("reporterPhone")));
		post(agent, "/api/work-orders",
				"""
						{"communityId": %d, "kind": "COMPLAINT", "reporterName": "李四", "description": "噪音"}"""
					.formatted(community))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("severity"));
		post(agent, "/api/work-orders", repairBody("NO_SUCH")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("category"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aDoubleSubmitWithTheSameKeyTakesInOneOrder() throws Exception {
		long before = count();
		String key = Fixtures.unique("k");
		String body = repairBody("SANITARY");
		String first = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/work-orders")
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(csrf())
				.with(user(agent)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/work-orders")
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(csrf())
				.with(user(agent)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((Object) JsonPath.read(second, "$.number")).isEqualTo(JsonPath.read(first, "$.number"));
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void photosAreCheckedByTypeAndSize() throws Exception {
		long id = open(repairBody("SANITARY"));
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 };
		mvc.perform(multipart("/api/work-orders/" + id + "/photos")
			.file(new MockMultipartFile("file", "leak.png", "image/png", png))
			.with(csrf())
			.with(user(agent))).andExpect(status().isCreated());
		mvc.perform(multipart("/api/work-orders/" + id + "/photos")
			.file(new MockMultipartFile("file", "evil.png", "image/png", "<script>".getBytes()))
			.with(csrf())
			.with(user(agent)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("validation.file.type"));
		mvc.perform(multipart("/api/work-orders/" + id + "/photos")
			.file(new MockMultipartFile("file", "big.jpg", "image/jpeg", new byte[6 * 1024 * 1024]))
			.with(csrf())
			.with(user(agent))).andExpect(status().isBadRequest());
		mvc.perform(get("/api/work-orders/" + id).with(user(agent))).andExpect(jsonPath("$.photos.length()").value(1));
	}

	long count() {
		return jdbc.sql("select count(*) from work_order where community_id = ?")
			.param(community)
			.query(Long.class)
			.single();
	}

}
