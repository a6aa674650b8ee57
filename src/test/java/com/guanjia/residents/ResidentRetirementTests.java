package com.guanjia.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Decision 0014 for residents: a resident is retired once they are nobody's current
 * owner, tenant or household member; a retired resident leaves the list, search and
 * pickers, takes no new tie to a unit, stays on their page and in the unit's history; a
 * resident is deleted only when nothing refers to them.
 */
@GuanjiaTest
class ResidentRetirementTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditTrail audit;

	long community;

	long unit;

	StaffUser agent;

	@BeforeEach
	void setUp() {
		community = fixtures.community("住户退役").id();
		unit = fixtures.unit(community, fixtures.building(community, "2").id(), "1", "0201", "90.00").id();
		agent = fixtures.staff(Role.AGENT, community);
	}

	ResultActions post(String url, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(url)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(csrf())
			.with(user(agent)));
	}

	static long id(ResultActions result, String path) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), path)).longValue();
	}

	ResultActions list(String... params) throws Exception {
		var request = get("/api/residents").param("communityId", String.valueOf(community)).with(user(agent));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andExpect(status().isOk());
	}

	@Test
	void aTenantWhoMovedOutIsRetiredLeavesListsAndSearchAndTakesNoNewTie() throws Exception {
		String phone = People.mobile("4321");
		long tenancy = id(post("/api/tenants", """
				{"communityId": %d, "unitId": %d, "startsOn": "2025-01-01",
				 "party": {"kind": "PERSON", "name": "钱退租", "phones": ["%s"]}}""".formatted(community, unit, phone))
			.andExpect(status().isCreated()), "$.id");
		long party = id(list("q", "钱退租"), "$.items[0].id");

		// Still living there: a move-out comes first.
		post("/api/residents/" + party + "/retire", "{\"reason\": \"已搬离\"}").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("resident.retire.currentTies"))
			.andExpect(jsonPath("$.detail", containsString("2-1-0201")));
		post("/api/tenants/" + tenancy + "/move-out", "{\"date\": \"2026-11-30\"}").andExpect(status().isOk());
		post("/api/residents/" + party + "/retire", "{\"reason\": \"已搬离\", \"retiredOn\": \"2026-11-30\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.retirement.reason").value("已搬离"));

		list("q", "钱退租").andExpect(jsonPath("$.total").value(0));
		list("q", "钱退租", "includeRetired", "true").andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].retirement.retiredOn").value("2026-11-30"));
		mvc.perform(
				get("/api/search").param("communityId", String.valueOf(community)).param("q", "4321").with(user(agent)))
			.andExpect(jsonPath("$.residents[*].id", not(hasItem((int) party))));
		// Their page and the unit's history still show them.
		mvc.perform(get("/api/residents/" + party).with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.retirement.reason").value("已搬离"))
			.andExpect(jsonPath("$.tenancies[0].unitLabel").value("2-1-0201"));
		mvc.perform(get("/api/units/" + unit + "/occupants").with(user(agent)))
			.andExpect(jsonPath("$.pastTenants[0].partyName").value("钱退租"));
		// Picked again for a unit: refused, naming them.
		post("/api/tenants", """
				{"communityId": %d, "unitId": %d, "partyId": %d}""".formatted(community, unit, party))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("partyId"))
			.andExpect(jsonPath("$.errors[0].code").value("resident.retired"));
		assertThat(audit.latest(List.of(community), false, "resident", String.valueOf(party), 10))
			.anySatisfy(e -> assertThat(e.action()).isEqualTo("retire"));

		// The tenancy refers to them: they cannot be deleted.
		mvc.perform(delete("/api/residents/" + party).with(csrf()).with(user(agent)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("1 条租住记录")));
		post("/api/residents/" + party + "/reinstate", "").andExpect(status().isOk())
			.andExpect(jsonPath("$.retirement").doesNotExist());
	}

	@Test
	void aResidentRegisteredByMistakeIsDeletedAndOnlyBySomeoneWhoMayWriteResidents() throws Exception {
		long party = id(post("/api/residents", """
				{"communityId": %d, "kind": "PERSON", "name": "孙重复", "phones": ["%s"]}""".formatted(community,
				People.mobile()))
			.andExpect(status().isCreated()), "$.id");
		StaffUser cashier = fixtures.staff(Role.CASHIER, community);
		mvc.perform(delete("/api/residents/" + party).with(csrf()).with(user(cashier)))
			.andExpect(status().isForbidden());
		StaffUser stranger = fixtures.staff(Role.AGENT, fixtures.community("别的小区").id());
		mvc.perform(delete("/api/residents/" + party).with(csrf()).with(user(stranger)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/residents/" + party).with(user(agent))).andExpect(status().isOk());

		mvc.perform(delete("/api/residents/" + party).with(csrf()).with(user(agent))).andExpect(status().isNoContent());
		mvc.perform(get("/api/residents/" + party).with(user(agent))).andExpect(status().isNotFound());
		assertThat(audit.latest(List.of(community), false, "resident", String.valueOf(party), 10))
			.anySatisfy(e -> assertThat(e.action() + " " + e.detail()).isEqualTo("delete PERSON 孙重复"));
	}

}
