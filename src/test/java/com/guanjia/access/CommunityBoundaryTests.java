package com.guanjia.access;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.guanjia.estate.ParkingCommand;
import com.guanjia.estate.ParkingManagement;
import com.guanjia.estate.ParkingSpaceView;
import com.guanjia.estate.ParkingState;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each staff member sees only the data of their communities (issue 2 item 7): a manager
 * of A is refused (403 when the request names B, 404 when it names a record of B) for B's
 * staff, departments, audit entries and parking spaces, by page and by API.
 */
@GuanjiaTest
class CommunityBoundaryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ParkingManagement parking;

	long communityA;

	long communityB;

	StaffUser managerA;

	StaffUser agentB;

	ParkingSpaceView spaceB;

	@BeforeEach
	void setUp() {
		communityA = fixtures.community("阳光花园").id();
		communityB = fixtures.community("翠湖居").id();
		managerA = fixtures.staff(Role.MANAGER, communityA);
		agentB = fixtures.staff(Role.AGENT, communityB);
		spaceB = Fixtures.as(Fixtures.ROOT,
				() -> parking.create(communityB, new ParkingCommand("B1-001", "B区", ParkingState.VACANT, null)));
	}

	@Test
	void staffOfAnotherCommunityAreOutOfReach() throws Exception {
		mvc.perform(get("/api/staff").param("communityId", String.valueOf(communityB)).with(user(managerA)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/staff/{id}", agentB.staffId()).with(user(managerA))).andExpect(status().isForbidden());
		mvc.perform(put("/api/staff/{id}/enabled", agentB.staffId()).with(user(managerA))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enabled\": false}")).andExpect(status().isForbidden());
		mvc.perform(get("/staff").param("communityId", String.valueOf(communityB)).with(user(managerA)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/staff/{id}/edit", agentB.staffId()).with(user(managerA))).andExpect(status().isForbidden());
	}

	@Test
	void departmentsOfAnotherCommunityAreOutOfReach() throws Exception {
		mvc.perform(get("/api/departments").param("communityId", String.valueOf(communityA)).with(user(managerA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(5)));
		mvc.perform(get("/api/departments").param("communityId", String.valueOf(communityB)).with(user(managerA)))
			.andExpect(status().isForbidden());
	}

	@Test
	void auditEntriesOfAnotherCommunityAreOutOfReach() throws Exception {
		mvc.perform(get("/api/audit-log").param("communityId", String.valueOf(communityB)).with(user(managerA)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/audit-log").param("entityType", "parking")
			.param("entityId", String.valueOf(spaceB.id()))
			.with(user(managerA))).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(get("/audit").param("communityId", String.valueOf(communityB)).with(user(managerA)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/audit").param("entityType", "parking")
			.param("entityId", String.valueOf(spaceB.id()))
			.with(user(managerA)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("B1-001"))));
	}

	@Test
	void parkingSpacesOfAnotherCommunityAreOutOfReach() throws Exception {
		mvc.perform(get("/api/parking-spaces").param("communityId", String.valueOf(communityB)).with(user(managerA)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/parking-spaces/{id}", spaceB.id()).with(user(managerA))).andExpect(status().isNotFound());
		mvc.perform(put("/api/parking-spaces/{id}", spaceB.id()).with(user(managerA))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"state\": \"RENTED\", \"version\": 0}")).andExpect(status().isNotFound());
		mvc.perform(post("/api/parking-spaces").with(user(managerA))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"communityId\": %d, \"code\": \"X-1\", \"state\": \"VACANT\"}".formatted(communityB)))
			.andExpect(status().isForbidden());

		mvc.perform(get("/parking").with(user(managerA)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("B1-001"))));
		mvc.perform(get("/parking/{id}/edit", spaceB.id()).with(user(managerA))).andExpect(status().isNotFound());
		mvc.perform(post("/parking/{id}/edit", spaceB.id()).with(user(managerA))
			.with(csrf())
			.param("state", "RENTED")
			.param("version", "0")).andExpect(status().isNotFound());
		Fixtures.as(agentB, () -> {
			if (parking.get(spaceB.id()).state() != ParkingState.VACANT) {
				throw new AssertionError("the space of B was changed");
			}
		});
	}

}
