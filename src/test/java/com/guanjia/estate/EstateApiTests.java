package com.guanjia.estate;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * R1.1: the estate registry through the JSON API, its validation and its community
 * boundary.
 */
@GuanjiaTest
class EstateApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	long communityA;

	long communityB;

	StaffUser managerA;

	@BeforeEach
	void setUp() {
		communityA = fixtures.community("阳光花园").id();
		communityB = fixtures.community("翠湖居").id();
		managerA = fixtures.staff(Role.MANAGER, communityA);
	}

	MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf()).with(user(managerA));
	}

	@Test
	void registersListsAndChangesUnits() throws Exception {
		String building = mvc.perform(json(post("/api/buildings"), """
				{"communityId": %d, "code": "3", "name": "3栋", "floors": 18}""".formatted(communityA)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("3栋"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long buildingId = Long.parseLong(building.replaceAll(".*\"id\":(\\d+).*", "$1"));

		String unit = mvc
			.perform(json(post("/api/units"),
					"""
							{"communityId": %d, "buildingId": %d, "entrance": "2", "roomNo": "1502", "kind": "RESIDENCE",
							 "floor": 15, "buildingArea": 89.50, "state": "OCCUPIED", "handoverDate": "2020-06-17"}"""
						.formatted(communityA, buildingId)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.label").value("3-2-1502"))
			.andExpect(jsonPath("$.buildingArea").value(89.50))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long unitId = Long.parseLong(unit.replaceAll("^\\{\"id\":(\\d+).*", "$1"));

		mvc.perform(get("/api/units").param("communityId", String.valueOf(communityA))
			.param("q", "2-15")
			.with(user(managerA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].label").value("3-2-1502"));

		mvc.perform(json(put("/api/units/" + unitId), """
				{"version": 0, "entrance": "2", "roomNo": "1502", "kind": "RESIDENCE", "buildingArea": 90.25,
				 "state": "RENTED", "handoverDate": "2020-06-17"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RENTED"))
			.andExpect(jsonPath("$.version").value(1));

		// The same (now stale) version again: refused, nothing overwritten.
		mvc.perform(json(put("/api/units/" + unitId), """
				{"version": 0, "entrance": "2", "roomNo": "1502", "kind": "RESIDENCE", "buildingArea": 10,
				 "state": "VACANT", "handoverDate": "2020-06-17"}"""))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/units/" + unitId).with(user(managerA)))
			.andExpect(jsonPath("$.buildingArea").value(90.25))
			.andExpect(jsonPath("$.state").value("RENTED"));
	}

	@Test
	void rejectsBadUnitsNamingTheField() throws Exception {
		long buildingId = fixtures.building(communityA, "5").id();
		String base = """
				{"communityId": %d, "buildingId": %d, "roomNo": "%s", "kind": "RESIDENCE",
				 "buildingArea": %s, "state": "%s" %s}""";
		mvc.perform(json(post("/api/units"), base.formatted(communityA, buildingId, "101", "0", "UNSOLD", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("buildingArea")))
			.andExpect(jsonPath("$.errors[0].code").value("validation.area.positive"));
		mvc.perform(json(post("/api/units"), base.formatted(communityA, buildingId, "101", "\"abc\"", "UNSOLD", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("buildingArea"));
		mvc.perform(json(post("/api/units"), base.formatted(communityA, buildingId, "101", "12.345", "UNSOLD", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("validation.area.scale"));
		mvc.perform(
				json(post("/api/units"), base.formatted(communityA, buildingId, "1".repeat(21), "50", "UNSOLD", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("roomNo"));
		mvc.perform(json(post("/api/units"), base.formatted(communityA, buildingId, "101", "50", "OCCUPIED", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("handoverDate"));
		mvc.perform(json(post("/api/units"), base.formatted(communityA, buildingId, "101", "50", "NOPE", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("state"));
		mvc.perform(json(post("/api/units"), "{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));

		// A valid unit, then the same one again: the duplicate is named.
		mvc.perform(json(post("/api/units"), base.formatted(communityA, buildingId, "101", "50", "UNSOLD", "")))
			.andExpect(status().isCreated());
		mvc.perform(json(post("/api/units"), base.formatted(communityA, buildingId, "101", "50", "UNSOLD", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("unit.duplicate"));
		mvc.perform(get("/api/units").param("communityId", String.valueOf(communityA))
			.param("buildingId", String.valueOf(buildingId))
			.with(user(managerA))).andExpect(jsonPath("$.items", hasSize(1)));
	}

	@Test
	void staffOfOneCommunityCannotReachAnother() throws Exception {
		long buildingB = fixtures.building(communityB, "1").id();
		long unitB = fixtures.unit(communityB, buildingB, "1", "101", "88.00").id();

		mvc.perform(get("/api/units/" + unitB).with(user(managerA))).andExpect(status().isNotFound());
		mvc.perform(json(put("/api/units/" + unitB), """
				{"version": 0, "roomNo": "101", "kind": "RESIDENCE", "buildingArea": 1, "state": "UNSOLD"}"""))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/units").param("communityId", String.valueOf(communityB)).with(user(managerA)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/buildings").param("communityId", String.valueOf(communityB)).with(user(managerA)))
			.andExpect(status().isForbidden());
		mvc.perform(json(post("/api/buildings"), """
				{"communityId": %d, "code": "9"}""".formatted(communityB))).andExpect(status().isForbidden());
		mvc.perform(json(post("/api/units"), """
				{"communityId": %d, "buildingId": %d, "roomNo": "102", "kind": "RESIDENCE", "buildingArea": 50,
				 "state": "UNSOLD"}""".formatted(communityB, buildingB))).andExpect(status().isForbidden());
		mvc.perform(get("/api/communities/" + communityB).with(user(managerA))).andExpect(status().isNotFound());
		mvc.perform(get("/api/communities").with(user(managerA)))
			.andExpect(jsonPath("$[*].id", hasItem((int) communityA)))
			.andExpect(jsonPath("$", hasSize(1)));
		// Pages too: the unit page and its edit form answer 404.
		mvc.perform(get("/units/" + unitB).with(user(managerA))).andExpect(status().isNotFound());
		mvc.perform(get("/units/" + unitB + "/edit").with(user(managerA))).andExpect(status().isNotFound());
	}

	@Test
	void aTechnicianReadsButCannotWrite() throws Exception {
		StaffUser tech = fixtures.staff(Role.TECHNICIAN, communityA);
		long buildingId = fixtures.building(communityA, "7").id();
		mvc.perform(get("/api/buildings").param("communityId", String.valueOf(communityA)).with(user(tech)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/units").contentType(MediaType.APPLICATION_JSON).with(csrf()).with(user(tech)).content("""
				{"communityId": %d, "buildingId": %d, "roomNo": "102", "kind": "RESIDENCE", "buildingArea": 50,
				 "state": "UNSOLD"}""".formatted(communityA, buildingId))).andExpect(status().isForbidden());
	}

	@Test
	void anonymousCallersGetAProblem401() throws Exception {
		mvc.perform(get("/api/units").param("communityId", "1"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
