package com.guanjia.workorders;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.residents.PartyCommand;
import com.guanjia.residents.PartyKind;
import com.guanjia.residents.ResidentManagement;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Decision 0014 across modules: a retired unit takes no new work order (intake refuses it
 * naming the unit), and a unit or a resident a work order refers to cannot be deleted —
 * the work-order module answers the registry's {@code ReferenceCheck}.
 */
@GuanjiaTest
class RetiredRecordsWorkOrderTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ResidentManagement residents;

	long community;

	long unit;

	long otherUnit;

	long reporter;

	StaffUser manager;

	@BeforeEach
	void setUp() {
		community = fixtures.community("工单退役").id();
		long building = fixtures.building(community, "9").id();
		unit = fixtures.unit(community, building, "1", "0901", "80.00").id();
		otherUnit = fixtures.unit(community, building, "1", "0902", "80.00").id();
		manager = fixtures.staff(Role.MANAGER, community);
		reporter = Fixtures
			.as(manager, () -> residents.register(community,
					new PartyCommand(PartyKind.PERSON, "赵报修", null, null, List.of("13812340901"), null, null, null)))
			.id();
	}

	ResultActions post(String url, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(url)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(csrf())
			.with(user(manager)));
	}

	ResultActions open(long unitId) throws Exception {
		return post("/api/work-orders", """
				{"communityId": %d, "kind": "IN_UNIT_REPAIR", "unitId": %d, "reporterPartyId": %d,
				 "reporterName": "赵报修", "reporterPhone": "13812340901", "description": "卫生间漏水"}""".formatted(community,
				unitId, reporter));
	}

	@Test
	void intakeRefusesARetiredUnitNamingIt() throws Exception {
		post("/api/units/" + unit + "/retire", "{\"reason\": \"并入0902\"}").andExpect(status().isOk());
		open(unit).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitId"))
			.andExpect(jsonPath("$.errors[0].code").value("unit.retired"))
			.andExpect(jsonPath("$.errors[0].message", containsString("9-1-0901")));
		open(otherUnit).andExpect(status().isCreated());
	}

	@Test
	void aUnitOrAResidentThatAWorkOrderNamesIsNotDeleted() throws Exception {
		open(unit).andExpect(status().isCreated());
		mvc.perform(delete("/api/units/" + unit).with(csrf()).with(user(manager)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("1 张工单")));
		mvc.perform(delete("/api/residents/" + reporter).with(csrf()).with(user(manager)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("赵报修")))
			.andExpect(jsonPath("$.detail", containsString("1 张工单")));
		// Both stay, and the order still names them.
		mvc.perform(get("/api/units/" + unit).with(user(manager))).andExpect(status().isOk());
		mvc.perform(get("/api/residents/" + reporter).with(user(manager))).andExpect(status().isOk());
		// A unit nothing refers to goes.
		mvc.perform(delete("/api/units/" + otherUnit).with(csrf()).with(user(manager)))
			.andExpect(status().isNoContent());
	}

}
