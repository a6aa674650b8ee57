package com.guanjia.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * R1.3, R1.4: owners, tenants, household members, vehicles and ownership transfers of
 * units.
 */
@GuanjiaTest
class OccupancyApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	long community;

	long unit;

	long otherUnit;

	StaffUser agent;

	@BeforeEach
	void setUp() {
		community = fixtures.community("阳光花园").id();
		long building = fixtures.building(community, "3").id();
		unit = fixtures.unit(community, building, "2", "1502", "89.50").id();
		otherUnit = fixtures.unit(community, building, "2", "1602", "89.50").id();
		agent = fixtures.staff(Role.AGENT, community);
	}

	ResultActions post(String path, String body) throws Exception {
		return mvc.perform(json(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path), body));
	}

	MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf()).with(user(agent));
	}

	static long id(ResultActions result, String path) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), path)).longValue();
	}

	String newPerson(String name, String idCard) {
		return """
				{"kind": "PERSON", "name": "%s", "idCardNumber": %s, "phones": ["%s"]}""".formatted(name,
				idCard == null ? "null" : "\"" + idCard + "\"", People.mobile());
	}

	long owner(long unitId, String party, String extra) throws Exception {
		return id(post("/api/owners", """
				{"communityId": %d, "unitId": %d, "party": %s %s}""".formatted(community, unitId, party, extra))
			.andExpect(status().isCreated()), "$.partyId");
	}

	@Test
	void registersJointOwnersAndAnOwnerOfSeveralUnits() throws Exception {
		long wang = owner(unit, newPerson("王建国", People.idCard()), ", \"share\": 60, \"since\": \"2020-06-17\"");
		long li = owner(unit, newPerson("李秀英", People.idCard()), ", \"share\": 40");
		// The same person owns another unit: the existing party, not a new one.
		post("/api/owners", """
				{"communityId": %d, "unitId": %d, "partyId": %d}""".formatted(community, otherUnit, wang))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.unitLabel").value("3-2-1602"));

		mvc.perform(get("/api/units/" + unit + "/occupants").with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.owners", hasSize(2)))
			.andExpect(jsonPath("$.owners[0].partyName").value("王建国"))
			.andExpect(jsonPath("$.owners[0].share").value(60))
			.andExpect(jsonPath("$.owners[0].since").value("2020-06-17"))
			.andExpect(jsonPath("$.owners[1].partyId").value(li));
		mvc.perform(get("/api/residents/" + wang).with(user(agent))).andExpect(jsonPath("$.ownerships", hasSize(2)));

		// Shares beyond 100%, the same owner twice (a double submit), an owner without an
		// ID number.
		post("/api/owners",
				"""
						{"communityId": %d, "unitId": %d, "party": %s, "share": 1}""".formatted(community, unit,
						newPerson("赵六", People.idCard())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("share"))
			.andExpect(jsonPath("$.errors[0].code").value("owner.shareExceeded"));
		post("/api/owners", """
				{"communityId": %d, "unitId": %d, "partyId": %d}""".formatted(community, unit, wang))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("owner.alreadyOwner"));
		post("/api/owners", """
				{"communityId": %d, "unitId": %d, "party": %s}""".formatted(community, unit, newPerson("钱七", null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("party.idCardNumber"))
			.andExpect(jsonPath("$.errors[0].code").value("resident.owner.idCardRequired"));
		post("/api/owners",
				"""
						{"communityId": %d, "unitId": %d, "party": {"kind": "PERSON", "name": "孙八", "idCardNumber": "%s"}}"""
					.formatted(community, unit, People.idCard()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("party.phones"));
		post("/api/owners",
				"""
						{"communityId": %d, "unitId": 999999999, "party": %s}""".formatted(community,
						newPerson("周九", People.idCard())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitId"));
		// Nothing of the refused requests was saved.
		mvc.perform(get("/api/units/" + unit + "/occupants").with(user(agent)))
			.andExpect(jsonPath("$.owners", hasSize(2)));
		mvc.perform(get("/api/residents").param("communityId", String.valueOf(community))
			.param("q", "周九")
			.with(user(agent))).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void tenantsMoveInAndOutOnce() throws Exception {
		ResultActions in = post("/api/tenants",
				"""
						{"communityId": %d, "unitId": %d, "party": %s, "startsOn": "2026-01-01", "endsOn": "2026-12-31"}"""
					.formatted(community, unit, newPerson("陈租客", null)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.movedOutOn").doesNotExist());
		long tenancy = id(in, "$.id");
		post("/api/tenants/" + tenancy + "/move-out", "{\"date\": \"2026-11-30\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.movedOutOn").value("2026-11-30"));
		post("/api/tenants/" + tenancy + "/move-out", "{}").andExpect(status().isConflict());
		mvc.perform(get("/api/units/" + unit + "/occupants").with(user(agent)))
			.andExpect(jsonPath("$.tenants", hasSize(0)))
			.andExpect(jsonPath("$.pastTenants[0].partyName").value("陈租客"));

		post("/api/tenants",
				"""
						{"communityId": %d, "unitId": %d, "party": {"kind": "PERSON", "name": "无电话"}}"""
					.formatted(community, unit))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("party.phones"))
			.andExpect(jsonPath("$.errors[0].code").value("resident.phoneRequired"));
		post("/api/tenants",
				"""
						{"communityId": %d, "unitId": %d, "party": %s, "startsOn": "2026-05-01", "endsOn": "2026-04-01"}"""
					.formatted(community, unit, newPerson("林租客", null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endsOn"));
		post("/api/tenants",
				"""
						{"communityId": %d, "unitId": %d, "party": %s, "startsOn": "2099-01-01"}""".formatted(community,
						unit, newPerson("林租客", null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("validation.date.future"));
	}

	@Test
	void householdMembersNeedNoIdNumber() throws Exception {
		long member = id(post("/api/household-members",
				"""
						{"communityId": %d, "unitId": %d, "party": {"kind": "PERSON", "name": "王小明"}, "relation": "CHILD"}"""
					.formatted(community, unit))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.relation").value("CHILD")), "$.id");
		post("/api/household-members",
				"""
						{"communityId": %d, "unitId": %d, "party": {"kind": "PERSON", "name": "王小红"}}"""
					.formatted(community, unit))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("relation"));
		post("/api/household-members/" + member + "/move-out", "{}").andExpect(status().isOk());
		post("/api/household-members/" + member + "/move-out", "{}").andExpect(status().isConflict());
	}

	/**
	 * Plates: regular 7-character and new-energy 8-character plates (small 粤BD12345,
	 * large 粤B12345D).
	 */
	@Test
	void registersVehiclesWithValidPlatesOnly() throws Exception {
		for (String plate : new String[] { "粤B·D1234" + (int) (Math.random() * 9),
				"京A" + (10000 + (int) (Math.random() * 80000)) + "F", People.plate(),
				"沪a" + String.valueOf(10000 + (int) (Math.random() * 80000)) }) {
			post("/api/vehicles", """
					{"communityId": %d, "unitId": %d, "plate": "%s", "brand": "比亚迪"}""".formatted(community, unit,
					plate))
				.andExpect(status().isCreated());
		}
		for (String plate : new String[] { "粤B1234", "XB12345", "粤I12345", "粤B123456789", "粤BZ12345", "" }) {
			post("/api/vehicles", """
					{"communityId": %d, "unitId": %d, "plate": "%s"}""".formatted(community, unit, plate))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("plate"));
		}
		String plate = People.plate();
		long vehicle = id(post("/api/vehicles", """
				{"communityId": %d, "unitId": %d, "plate": "%s"}""".formatted(community, unit, plate))
			.andExpect(status().isCreated()), "$.id");
		post("/api/vehicles", """
				{"communityId": %d, "unitId": %d, "plate": "%s"}""".formatted(community, otherUnit, plate))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("vehicle.duplicatePlate"));
		mvc.perform(get("/api/vehicles").param("communityId", String.valueOf(community))
			.param("q", plate.substring(2))
			.with(user(agent))).andExpect(jsonPath("$[0].plate").value(plate));
		post("/api/vehicles/" + vehicle + "/removal", "{}").andExpect(status().isOk());
		post("/api/vehicles/" + vehicle + "/removal", "{}").andExpect(status().isConflict());
		// Once removed, the plate may be registered again (to another unit).
		post("/api/vehicles", """
				{"communityId": %d, "unitId": %d, "plate": "%s"}""".formatted(community, otherUnit, plate))
			.andExpect(status().isCreated());
	}

	/**
	 * R1.4: a transfer closes the old ownership (kept, with its end date) and opens the
	 * new one.
	 */
	@Test
	void anOwnershipTransferKeepsHistory() throws Exception {
		long wang = owner(unit, newPerson("王建国", People.idCard()), ", \"since\": \"2020-06-17\"");
		String transfer = """
				{"communityId": %d, "unitId": %d, "date": "2026-11-20", "reason": "SALE", "contractNo": "HT-2026-001",
				 "newOwners": [{"party": %s, "share": 50}, {"party": %s, "share": 50}]}""".formatted(community, unit,
				newPerson("刘德明", People.idCard()), newPerson("刘张氏", People.idCard()));
		long transferId = id(post("/api/ownership-transfers", transfer).andExpect(status().isCreated())
			.andExpect(jsonPath("$.previousOwners[0].name").value("王建国"))
			.andExpect(jsonPath("$.newOwners", hasSize(2)))
			.andExpect(jsonPath("$.contractNo").value("HT-2026-001")), "$.id");

		mvc.perform(get("/api/units/" + unit + "/occupants").with(user(agent)))
			.andExpect(jsonPath("$.owners", hasSize(2)))
			.andExpect(jsonPath("$.owners[0].partyName").value("刘德明"))
			.andExpect(jsonPath("$.owners[0].since").value("2026-11-20"))
			.andExpect(jsonPath("$.ownershipHistory", hasSize(3)))
			.andExpect(jsonPath("$.ownershipHistory[0].partyName").value("王建国"))
			.andExpect(jsonPath("$.ownershipHistory[0].since").value("2020-06-17"))
			.andExpect(jsonPath("$.ownershipHistory[0].endedOn").value("2026-11-20"))
			.andExpect(jsonPath("$.ownershipHistory[0].endedByTransfer").value(transferId))
			.andExpect(jsonPath("$.transfers[0].reason").value("SALE"));
		mvc.perform(get("/api/residents/" + wang).with(user(agent)))
			.andExpect(jsonPath("$.ownerships[0].endedOn").value("2026-11-20"));
		mvc.perform(get("/api/ownership-transfers/" + transferId).with(user(agent)))
			.andExpect(jsonPath("$.unitLabel").value("3-2-1502"));

		// The same form submitted twice: the unit already belongs to them, nothing
		// changes.
		String again = """
				{"communityId": %d, "unitId": %d, "date": "2026-11-20", "reason": "SALE",
				 "newOwners": [{"partyId": %s}, {"partyId": %s}]}""".formatted(community, unit,
				JsonPath
					.read(mvc.perform(get("/api/units/" + unit + "/occupants").with(user(agent)))
						.andReturn()
						.getResponse()
						.getContentAsString(), "$.owners[0].partyId")
					.toString(),
				JsonPath.read(mvc.perform(get("/api/units/" + unit + "/occupants").with(user(agent)))
					.andReturn()
					.getResponse()
					.getContentAsString(), "$.owners[1].partyId").toString());
		post("/api/ownership-transfers", again).andExpect(status().isUnprocessableContent());
		// A transfer dated before the current ownership began, and one without new
		// owners.
		post("/api/ownership-transfers",
				"""
						{"communityId": %d, "unitId": %d, "date": "2026-01-01", "reason": "GIFT", "newOwners": [{"partyId": %d}]}"""
					.formatted(community, unit, wang))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("transfer.beforeOwnership"));
		post("/api/ownership-transfers",
				"""
						{"communityId": %d, "unitId": %d, "date": "2026-11-25", "reason": "GIFT", "newOwners": []}"""
					.formatted(community, unit))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newOwners"));
		// A unit without owners cannot be transferred.
		post("/api/ownership-transfers",
				"""
						{"communityId": %d, "unitId": %d, "date": "2026-11-25", "reason": "GIFT", "newOwners": [{"partyId": %d}]}"""
					.formatted(community, otherUnit, wang))
			.andExpect(status().isUnprocessableContent());

		// The history cannot be rewritten, even in SQL.
		assertThatThrownBy(() -> jdbc.sql("delete from ownership where community_id = ? and party_id = ?")
			.params(community, wang)
			.update()).hasMessageContaining("never deleted");
		assertThatThrownBy(
				() -> jdbc.sql("update ownership set ended_on = null where community_id = ? and party_id = ?")
					.params(community, wang)
					.update())
			.hasMessageContaining("only be ended");
		assertThat(jdbc.sql("select count(*) from ownership where community_id = ? and unit_id = ?")
			.params(community, unit)
			.query(Long.class)
			.single()).isEqualTo(3);
	}

}
