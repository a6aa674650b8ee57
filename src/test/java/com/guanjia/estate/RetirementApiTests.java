package com.guanjia.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import com.guanjia.platform.audit.AuditTrail;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Decision 0014 (issue 10): units, buildings, parking spaces and communities are retired
 * with a date and a reason, audited; retired records leave lists and search but stay on
 * their own page; deleting is refused while anything refers to the record, naming what.
 */
@GuanjiaTest
class RetirementApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	long community;

	long building;

	UnitView unit;

	UnitView other;

	StaffUser manager;

	@BeforeEach
	void setUp() {
		community = fixtures.community("退役小区").id();
		building = fixtures.building(community, "7").id();
		unit = fixtures.unit(community, building, "1", "0701", "88.00");
		other = fixtures.unit(community, building, "1", "0702", "66.00");
		manager = fixtures.staff(Role.MANAGER, community);
	}

	ResultActions post(StaffUser who, String url, String body) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(csrf())
			.with(user(who)));
	}

	ResultActions units(StaffUser who, String... params) throws Exception {
		var request = get("/api/units").param("communityId", String.valueOf(community)).with(user(who));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andExpect(status().isOk());
	}

	@Test
	void aRetiredUnitLeavesListsAndSearchButKeepsItsPageAndItsLogAndIsAudited() throws Exception {
		post(manager, "/api/units/" + unit.id() + "/retire", "{\"retiredOn\": \"2026-11-20\", \"reason\": \"与0702合并\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.retirement.retiredOn").value("2026-11-20"))
			.andExpect(jsonPath("$.retirement.reason").value("与0702合并"));

		units(manager).andExpect(jsonPath("$.items[*].label", not(hasItem("7-1-0701"))))
			.andExpect(jsonPath("$.items[*].label", hasItem("7-1-0702")));
		units(manager, "includeRetired", "true").andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[?(@.label == '7-1-0701')].retirement.reason").value(hasItem("与0702合并")));
		mvc.perform(get("/api/search").param("communityId", String.valueOf(community))
			.param("q", "7-1-07")
			.with(user(manager)))
			.andExpect(jsonPath("$.units[*].label", not(hasItem("7-1-0701"))))
			.andExpect(jsonPath("$.units[*].label", hasItem("7-1-0702")));
		mvc.perform(get("/api/units/" + unit.id()).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.retirement.retiredOn").value("2026-11-20"));

		assertThat(audit.latest(List.of(community), false, null, null, 50)).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo("retire");
			assertThat(e.detail()).contains("7-1-0701", "2026-11-20", "与0702合并");
		});
		// The unit's own log says when and why (R1.5).
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(jdbc
				.sql("select count(*) from unit_event where community_id = ? and unit_id = ? and kind = 'UNIT_RETIRED'")
				.params(community, unit.id())
				.query(Long.class)
				.single()).isEqualTo(1));

		// Twice is refused; back in service it is listed again.
		post(manager, "/api/units/" + unit.id() + "/retire", "{\"reason\": \"再次\"}").andExpect(status().isConflict());
		post(manager, "/api/units/" + unit.id() + "/reinstate", "").andExpect(status().isOk())
			.andExpect(jsonPath("$.retirement").doesNotExist());
		units(manager).andExpect(jsonPath("$.items[*].label", hasItem("7-1-0701")));
	}

	@Test
	void retiringNeedsAReasonAndADateNotInTheFutureAndTheRightToWriteTheEstate() throws Exception {
		post(manager, "/api/units/" + unit.id() + "/retire", "{\"reason\": \" \", \"retiredOn\": \"2026-12-01\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("reason")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("retiredOn")));
		post(manager, "/api/units/" + unit.id() + "/retire", "{\"retiredOn\": \"not a date\", \"reason\": \"x\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("retiredOn"));

		StaffUser technician = fixtures.staff(Role.TECHNICIAN, community);
		post(technician, "/api/units/" + unit.id() + "/retire", "{\"reason\": \"拆除\"}")
			.andExpect(status().isForbidden());
		long elsewhere = fixtures.community("别处").id();
		StaffUser stranger = fixtures.staff(Role.MANAGER, elsewhere);
		post(stranger, "/api/units/" + unit.id() + "/retire", "{\"reason\": \"拆除\"}").andExpect(status().isNotFound());
		mvc.perform(delete("/api/units/" + unit.id()).with(csrf()).with(user(stranger)))
			.andExpect(status().isNotFound());

		// Nothing was saved by any of them; a blank date means today in the community.
		mvc.perform(get("/api/units/" + unit.id()).with(user(manager)))
			.andExpect(jsonPath("$.retirement").doesNotExist());
		post(manager, "/api/units/" + unit.id() + "/retire", "{\"reason\": \"拆除\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.retirement.retiredOn").value("2026-11-30"));
	}

	@Test
	void aBuildingIsRetiredAfterItsUnitsAndAUnitComesBackOnlyUnderABuildingInService() throws Exception {
		post(manager, "/api/buildings/" + building + "/retire", "{\"reason\": \"拆除\"}")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("building.retire.unitsInService"))
			.andExpect(jsonPath("$.detail", containsString("2")));
		for (UnitView u : List.of(unit, other)) {
			post(manager, "/api/units/" + u.id() + "/retire", "{\"reason\": \"拆除\"}").andExpect(status().isOk());
		}
		post(manager, "/api/buildings/" + building + "/retire", "{\"reason\": \"拆除\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.retirement.reason").value("拆除"));
		mvc.perform(get("/api/buildings").param("communityId", String.valueOf(community)).with(user(manager)))
			.andExpect(jsonPath("$[*].id", not(hasItem((int) building))));
		mvc.perform(get("/api/buildings").param("communityId", String.valueOf(community))
			.param("includeRetired", "true")
			.with(user(manager))).andExpect(jsonPath("$[*].id", hasItem((int) building)));

		post(manager, "/api/units/" + unit.id() + "/reinstate", "").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("unit.reinstate.buildingRetired"));
		post(manager, "/api/units", """
				{"communityId": %d, "buildingId": %d, "roomNo": "0703", "kind": "RESIDENCE", "buildingArea": 70,
				 "state": "UNSOLD"}""".formatted(community, building)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("buildingId"))
			.andExpect(jsonPath("$.errors[0].code").value("building.retired"));
	}

	@Test
	void aCommunityIsRetiredAfterItsBuildingsAndParkingSpacesAndTakesNothingNew() throws Exception {
		StaffUser admin = fixtures.staff(Role.ADMIN);
		long space = id(post(manager, "/api/parking-spaces",
				"{\"communityId\": %d, \"code\": \"B1-001\", \"state\": \"VACANT\"}".formatted(community))
			.andExpect(status().isCreated()));
		post(admin, "/api/communities/" + community + "/retire", "{\"reason\": \"合同到期\"}")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("community.retire.inService"));
		post(manager, "/api/communities/" + community + "/retire", "{\"reason\": \"合同到期\"}")
			.andExpect(status().isForbidden());

		for (UnitView u : List.of(unit, other)) {
			post(manager, "/api/units/" + u.id() + "/retire", "{\"reason\": \"退出管理\"}").andExpect(status().isOk());
		}
		post(manager, "/api/buildings/" + building + "/retire", "{\"reason\": \"退出管理\"}").andExpect(status().isOk());
		post(manager, "/api/parking-spaces/" + space + "/retire", "{\"reason\": \"退出管理\"}").andExpect(status().isOk());
		mvc.perform(get("/api/parking-spaces").param("communityId", String.valueOf(community)).with(user(manager)))
			.andExpect(jsonPath("$[*].id", not(hasItem((int) space))));
		post(admin, "/api/communities/" + community + "/retire", "{\"reason\": \"合同到期\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.retirement.reason").value("合同到期"));

		// Its staff still open it (history, ledgers, reports), but it is left out of
		// lists.
		mvc.perform(get("/api/communities/" + community).with(user(manager))).andExpect(status().isOk());
		mvc.perform(get("/api/communities").with(user(manager)))
			.andExpect(jsonPath("$[*].id", not(hasItem((int) community))));
		mvc.perform(get("/api/communities").param("includeRetired", "true").with(user(manager)))
			.andExpect(jsonPath("$[*].id", hasItem((int) community)));
		post(manager, "/api/buildings", "{\"communityId\": %d, \"code\": \"8\"}".formatted(community))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("community.retired"));
		post(manager, "/api/parking-spaces/" + space + "/reinstate", "").andExpect(status().isUnprocessableEntity());
	}

	@Test
	void onlyARecordNothingRefersToIsDeletedAndTheRefusalSaysWhatRefersToIt() throws Exception {
		// A parking space tied to the unit refers to it (inside the registry).
		long space = id(
				post(manager, "/api/parking-spaces",
						"{\"communityId\": %d, \"code\": \"B1-002\", ".formatted(community)
								+ "\"state\": \"SOLD\", \"unitId\": %d}".formatted(unit.id()))
					.andExpect(status().isCreated()));
		mvc.perform(delete("/api/units/" + unit.id()).with(csrf()).with(user(manager)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("registry.referenced"))
			.andExpect(jsonPath("$.detail", containsString("7-1-0701")))
			.andExpect(jsonPath("$.detail", containsString("1 个车位")));
		// A building with units, even retired ones, is referred to by them.
		mvc.perform(delete("/api/buildings/" + building).with(csrf()).with(user(manager)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("2 套房屋")));

		mvc.perform(delete("/api/parking-spaces/" + space).with(csrf()).with(user(manager)))
			.andExpect(status().isNoContent());
		mvc.perform(delete("/api/units/" + unit.id()).with(csrf()).with(user(manager)))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/units/" + unit.id()).with(user(manager))).andExpect(status().isNotFound());
		assertThat(audit.latest(List.of(community), false, null, null, 50))
			.anySatisfy(e -> assertThat(e.action() + " " + e.detail()).isEqualTo("delete 7-1-0701"));
	}

	@Test
	void aParkingSpaceIsNotNewlyTiedToARetiredUnit() throws Exception {
		post(manager, "/api/units/" + unit.id() + "/retire", "{\"reason\": \"合并\"}").andExpect(status().isOk());
		post(manager, "/api/parking-spaces",
				"{\"communityId\": %d, \"code\": \"B1-003\", ".formatted(community)
						+ "\"state\": \"SOLD\", \"unitId\": %d}".formatted(unit.id()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitId"))
			.andExpect(jsonPath("$.errors[0].message", containsString("7-1-0701")));
	}

	static long id(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

}
