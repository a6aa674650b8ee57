package com.guanjia.estate;

import static org.assertj.core.api.Assertions.assertThat;
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

	@Autowired
	AuditTrail audit;

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
		return json(request, managerA, body);
	}

	MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, StaffUser who, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf()).with(user(who));
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
	void createsAndUpdatesACommunity() throws Exception {
		StaffUser admin = fixtures.staff(Role.ADMIN);
		String code = Fixtures.unique("C");
		String created = mvc.perform(json(post("/api/communities"), admin, """
				{"code": "%s", "name": "碧水湾", "address": "湖滨路8号", "managementFeeRate": 0.80}""".formatted(code)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("碧水湾"))
			.andExpect(jsonPath("$.managementFeeRate").value(0.80))
			.andExpect(jsonPath("$.timeZone").value("Asia/Shanghai"))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();

		// The same code twice, a negative rate, a rate in fen fractions: each names its
		// field.
		mvc.perform(json(post("/api/communities"), admin, """
				{"code": "%s", "name": "重复"}""".formatted(code)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"))
			.andExpect(jsonPath("$.errors[0].code").value("community.duplicateCode"));
		mvc.perform(json(put("/api/communities/" + id), admin, """
				{"version": 0, "name": "碧水湾", "managementFeeRate": -1}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("managementFeeRate"))
			.andExpect(jsonPath("$.errors[0].code").value("validation.money.range"));
		mvc.perform(json(put("/api/communities/" + id), admin, """
				{"version": 0, "name": "碧水湾", "managementFeeRate": 1.234}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("managementFeeRate"))
			.andExpect(jsonPath("$.errors[0].code").value("validation.money.scale"));
		mvc.perform(json(put("/api/communities/" + id), admin, """
				{"name": "碧水湾", "managementFeeRate": 1.20}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));

		mvc.perform(json(put("/api/communities/" + id), admin, """
				{"version": 0, "name": "碧水湾二期", "address": "湖滨路8号", "managementFeeRate": 1.20}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("碧水湾二期"))
			.andExpect(jsonPath("$.managementFeeRate").value(1.20))
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.version").value(1));
		// The stale version again: refused, the saved rate stays.
		mvc.perform(json(put("/api/communities/" + id), admin, """
				{"version": 0, "name": "覆盖", "managementFeeRate": 9.99}"""))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/communities/" + id).with(user(admin)))
			.andExpect(jsonPath("$.name").value("碧水湾二期"))
			.andExpect(jsonPath("$.managementFeeRate").value(1.20));
		assertThat(audit.latest(List.of(id), false, "community", String.valueOf(id), 10))
			.extracting(AuditTrail.AuditEntry::action)
			.containsExactly("update", "create");

		// A manager runs a community but does not create or change one.
		mvc.perform(json(post("/api/communities"), """
				{"code": "%s", "name": "越权"}""".formatted(Fixtures.unique("C")))).andExpect(status().isForbidden());
		mvc.perform(json(put("/api/communities/" + communityA), """
				{"version": 0, "name": "越权"}""")).andExpect(status().isForbidden());
	}

	@Test
	void changesABuildingAndRenumbersItsUnits() throws Exception {
		long buildingId = fixtures.building(communityA, "3").id();
		long unitId = fixtures.unit(communityA, buildingId, "2", "1502", "89.50").id();
		fixtures.building(communityA, "4");

		mvc.perform(get("/api/buildings/" + buildingId).with(user(managerA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("3"))
			.andExpect(jsonPath("$.name").value("3栋"))
			.andExpect(jsonPath("$.unitCount").value(1))
			.andExpect(jsonPath("$.version").value(0));

		// Bad input names the field; the code of another building is refused.
		mvc.perform(json(put("/api/buildings/" + buildingId), """
				{"version": 0, "code": "3", "floors": 0}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("floors"));
		mvc.perform(json(put("/api/buildings/" + buildingId), """
				{"version": 0, "code": "4"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("building.duplicateCode"));

		mvc.perform(json(put("/api/buildings/" + buildingId), """
				{"version": 0, "code": "3A", "name": "3A栋", "floors": 26}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("3A"))
			.andExpect(jsonPath("$.name").value("3A栋"))
			.andExpect(jsonPath("$.floors").value(26))
			.andExpect(jsonPath("$.version").value(1));
		// Its units carry the new code in their numbers.
		mvc.perform(get("/api/units/" + unitId).with(user(managerA))).andExpect(jsonPath("$.label").value("3A-2-1502"));
		mvc.perform(get("/api/units").param("communityId", String.valueOf(communityA))
			.param("q", "3A-2-1502")
			.with(user(managerA))).andExpect(jsonPath("$.total").value(1));

		// A stale version: refused, nothing overwritten.
		mvc.perform(json(put("/api/buildings/" + buildingId), """
				{"version": 0, "code": "9", "name": "9栋"}"""))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/buildings/" + buildingId).with(user(managerA)))
			.andExpect(jsonPath("$.code").value("3A"))
			.andExpect(jsonPath("$.floors").value(26));
		assertThat(audit.latest(List.of(communityA), false, "building", String.valueOf(buildingId), 10))
			.extracting(AuditTrail.AuditEntry::action)
			.containsExactly("update", "create");

		// A technician reads buildings but does not change them.
		StaffUser tech = fixtures.staff(Role.TECHNICIAN, communityA);
		mvc.perform(json(put("/api/buildings/" + buildingId), tech, """
				{"version": 1, "code": "5"}""")).andExpect(status().isForbidden());
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
		// Pages too: the unit page and its edit form answer 404, and posting the form
		// changes nothing.
		mvc.perform(get("/units/" + unitB).with(user(managerA))).andExpect(status().isNotFound());
		mvc.perform(get("/units/" + unitB + "/edit").with(user(managerA))).andExpect(status().isNotFound());
		mvc.perform(post("/units/" + unitB + "/edit").with(user(managerA))
			.with(csrf())
			.param("version", "0")
			.param("buildingId", String.valueOf(buildingB))
			.param("entrance", "1")
			.param("roomNo", "999")
			.param("kind", "SHOP")
			.param("buildingArea", "1.00")
			.param("state", "UNSOLD")).andExpect(status().isNotFound());
		// Another community's community record: a manager may not change any (403).
		mvc.perform(json(put("/api/communities/" + communityB), """
				{"version": 0, "name": "被改了"}""")).andExpect(status().isForbidden());
		// Another community's building: detail and update answer 404, by API and by page.
		mvc.perform(get("/api/buildings/" + buildingB).with(user(managerA))).andExpect(status().isNotFound());
		mvc.perform(json(put("/api/buildings/" + buildingB), """
				{"version": 0, "code": "1", "name": "被改了"}""")).andExpect(status().isNotFound());
		mvc.perform(get("/buildings/" + buildingB + "/edit").with(user(managerA))).andExpect(status().isNotFound());
		mvc.perform(post("/buildings/" + buildingB + "/edit").with(user(managerA))
			.with(csrf())
			.param("version", "0")
			.param("code", "1")
			.param("name", "被改了")).andExpect(status().isNotFound());

		// Re-read as an admin: nothing of community B changed.
		StaffUser admin = fixtures.staff(Role.ADMIN);
		mvc.perform(get("/api/units/" + unitB).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.label").value("1-1-101"))
			.andExpect(jsonPath("$.kind").value("RESIDENCE"))
			.andExpect(jsonPath("$.buildingArea").value(88.00))
			.andExpect(jsonPath("$.state").value("OCCUPIED"))
			.andExpect(jsonPath("$.version").value(0));
		mvc.perform(get("/api/buildings/" + buildingB).with(user(admin)))
			.andExpect(jsonPath("$.name").value("1栋"))
			.andExpect(jsonPath("$.version").value(0));
		mvc.perform(get("/api/communities/" + communityB).with(user(admin)))
			.andExpect(jsonPath("$.name").value("翠湖居"))
			.andExpect(jsonPath("$.version").value(0));
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
