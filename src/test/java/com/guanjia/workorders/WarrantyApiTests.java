package com.guanjia.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
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
 * R3.5 through the API: the warranty table is data per community, seeded with the R3.5
 * defaults; intake decides free or paid from the unit's handover on the boundary days; a
 * free repair cannot be charged.
 */
@GuanjiaTest
class WarrantyApiTests {

	/** {@link Fixtures#unit} hands units over on this day. */
	static final LocalDate HANDOVER = LocalDate.of(2020, 6, 17);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	WorkOrderFixtures orders;

	@Autowired
	MutableClock clock;

	long community;

	long otherCommunity;

	long unit;

	long otherUnit;

	StaffUser agent;

	StaffUser supervisor;

	@BeforeEach
	void setUp() {
		community = fixtures.community("金色家园").id();
		otherCommunity = fixtures.community("银色家园").id();
		unit = fixtures.unit(community, fixtures.building(community, "1").id(), "1", "0101", "80.00").id();
		otherUnit = fixtures.unit(otherCommunity, fixtures.building(otherCommunity, "1").id(), "1", "0101", "80.00")
			.id();
		agent = fixtures.staff(Role.AGENT, community, otherCommunity);
		supervisor = fixtures.staff(Role.SUPERVISOR, community);
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

	long repair(long communityId, long unitId, String category) throws Exception {
		String body = """
				{"communityId": %d, "kind": "IN_UNIT_REPAIR", "unitId": %d, "reporterName": "王五",
				 "reporterPhone": "13812345678", "description": "报修", "category": "%s"}""".formatted(communityId,
				unitId, category);
		String json = post(agent, "/api/work-orders", body).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	ResultActions order(long id) throws Exception {
		return mvc.perform(get("/api/work-orders/" + id).with(user(agent)));
	}

	@Test
	void aNewCommunityHasTheR35DefaultTable() throws Exception {
		String json = mvc
			.perform(get("/api/warranty-categories").param("communityId", String.valueOf(community)).with(user(agent)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> rows = JsonPath.read(json, "$");
		Map<String, Object> months = new LinkedHashMap<>();
		rows.forEach(r -> months.put((String) r.get("code"), r.get("months")));
		Map<String, Object> expected = new LinkedHashMap<>();
		expected.put("STRUCTURE", null); // design life
		expected.put("ROOF_WATERPROOF", 60);
		expected.put("LEAK", 60);
		expected.put("FLOOR_FACING", 24);
		expected.put("DOOR_WINDOW", 24);
		expected.put("PIPE_BLOCKED", 24);
		expected.put("SANITARY", 24);
		expected.put("LAMP_SWITCH", 6);
		expected.put("OTHER", 0);
		assertThat(months).containsExactlyInAnyOrderEntriesOf(expected);
		assertThat(rows).filteredOn(r -> "LEAK".equals(r.get("code")) || "ROOF_WATERPROOF".equals(r.get("code")))
			.hasSize(2)
			.allSatisfy(r -> assertThat(r.get("leak")).isEqualTo(true));
	}

	/**
	 * Companies differ: one community gives sanitary ware 10 years; its repairs become
	 * free, the other community's stay paid.
	 */
	@Test
	void changingOneCommunitysTableChangesItsDecisionsOnly() throws Exception {
		assertThat(JsonPath.<String>read(
				order(repair(community, unit, "SANITARY")).andReturn().getResponse().getContentAsString(),
				"$.order.warranty"))
			.isEqualTo("PAID");

		String tenYears = "{\"code\": \"SANITARY\", \"name\": \"卫生洁具\", \"months\": 120, \"leak\": false, \"safety\": false}";
		mvc.perform(put("/api/warranty-categories").param("communityId", String.valueOf(community))
			.contentType(MediaType.APPLICATION_JSON)
			.content(tenYears)
			.with(csrf())
			.with(user(agent))).andExpect(status().isForbidden());
		mvc.perform(put("/api/warranty-categories").param("communityId", String.valueOf(community))
			.contentType(MediaType.APPLICATION_JSON)
			.content(tenYears)
			.with(csrf())
			.with(user(supervisor))).andExpect(status().isOk()).andExpect(jsonPath("$.months").value(120));

		order(repair(community, unit, "SANITARY")).andExpect(jsonPath("$.order.warranty").value("FREE"))
			.andExpect(jsonPath("$.order.warrantyUntil").value("2030-06-16"));
		order(repair(otherCommunity, otherUnit, "SANITARY")).andExpect(jsonPath("$.order.warranty").value("PAID"))
			.andExpect(jsonPath("$.order.warrantyUntil").value("2022-06-16"));
		mvc.perform(
				get("/api/warranty-categories").param("communityId", String.valueOf(otherCommunity)).with(user(agent)))
			.andExpect(jsonPath("$[?(@.code == 'SANITARY')].months").value(24));
	}

	/**
	 * Leaks have 5 years from handover (2020-06-17): reported on 2025-06-16 free, on the
	 * anniversary and the day after paid. The day is the community's (Asia/Shanghai).
	 */
	@Test
	void aLeakReportedTheDayBeforeFiveYearsIsFreeAndTheDayAfterPaid() throws Exception {
		LocalDate fiveYears = HANDOVER.plusYears(5);
		clock.set(at(fiveYears.minusDays(1), "23:30")); // 2025-06-16 23:30 in Shanghai
		order(repair(community, unit, "LEAK")).andExpect(jsonPath("$.order.warranty").value("FREE"))
			.andExpect(jsonPath("$.order.warrantyUntil").value("2025-06-16"));
		clock.set(at(fiveYears, "00:30"));
		order(repair(community, unit, "LEAK")).andExpect(jsonPath("$.order.warranty").value("PAID"));
		clock.set(at(fiveYears.plusDays(1), "10:00"));
		order(repair(community, unit, "LEAK")).andExpect(jsonPath("$.order.warranty").value("PAID"))
			.andExpect(jsonPath("$.order.warrantyUntil").value("2025-06-16"));
	}

	static Instant at(LocalDate day, String shanghaiTime) {
		return day.atTime(java.time.LocalTime.parse(shanghaiTime))
			.atZone(java.time.ZoneId.of("Asia/Shanghai"))
			.toInstant();
	}

	/**
	 * R3.5: a free repair takes no charge line and no agreed amount; the refusal says
	 * why.
	 */
	@Test
	void chargingAFreeRepairIsRefusedSayingItIsUnderWarranty() throws Exception {
		clock.set(at(HANDOVER.plusYears(5).minusDays(1), "10:00"));
		long leak = repair(community, unit, "LEAK");
		long structure = repair(community, unit, "STRUCTURE");
		clock.set(TestClockConfiguration.START);
		StaffUser technician = orders.staffIn(Role.TECHNICIAN, community, "ENGINEERING");
		for (long id : new long[] { leak, structure }) {
			post(agent, "/api/work-orders/" + id + "/dispatch",
					"{\"technicianId\": %d}".formatted(technician.staffId()))
				.andExpect(status().isOk());
			post(technician, "/api/work-orders/" + id + "/acceptance", "").andExpect(status().isOk());
			post(technician, "/api/work-orders/" + id + "/arrival", "").andExpect(status().isOk());
		}
		String number = JsonPath.read(order(leak).andReturn().getResponse().getContentAsString(), "$.order.number");
		post(technician, "/api/work-orders/" + leak + "/charges", "{\"priceCode\": \"LABOUR_HOUR\", \"quantity\": 1}")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("workOrder.charge.underWarranty"))
			.andExpect(jsonPath("$.detail").value("工单 " + number + " 在保修期内（至 2025-06-16），维修免费，不能收费。"));
		post(technician, "/api/work-orders/" + leak + "/adjustment", "{\"amount\": 50, \"reason\": \"上门费\"}")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("workOrder.charge.underWarranty"));
		post(technician, "/api/work-orders/" + structure + "/charges",
				"{\"priceCode\": \"LABOUR_HOUR\", \"quantity\": 1}")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value(containsString("在保修期内（至 结构设计使用年限届满）")))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(containsString("null"))));
		mvc.perform(get("/api/work-orders/" + leak).with(user(technician)))
			.andExpect(jsonPath("$.chargesTotal").value(0))
			.andExpect(jsonPath("$.order.adjustment").value(0))
			.andExpect(jsonPath("$.order.adjustmentReason").value(nullValue()));
	}

}
