package com.guanjia.movein;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import com.guanjia.support.PeopleFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * R1.4, R8.5: the archive completeness check of a unit — what its current owners' section
 * lacks, on the unit's page and over the API — and the quarterly review listing the units
 * whose archive lacks something; another community's staff is refused. (After a complete
 * move-in the check is proved in {@code AcceptanceTests}.)
 */
@com.guanjia.support.GuanjiaTest
class ArchiveCheckTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	@Autowired
	PeopleFixtures people;

	long community;

	long other;

	UnitView unit;

	StaffUser butler;

	@BeforeEach
	void setUp() {
		other = fixtures.community("别处档案小区").id();
		community = fixtures.community("档案花园").id();
		long building = fixtures.building(community, "4").id();
		unit = fees.unit(community, building, "0404", "80.00", UnitState.VACANT, LocalDate.of(2026, 5, 1));
		people.owner(community, unit.id(), "吴档案");
		butler = fixtures.staff(Role.BUTLER, community);
	}

	void upload(String type) throws Exception {
		mvc.perform(multipart("/api/units/" + unit.id() + "/documents")
			.file(new MockMultipartFile("file", type + ".pdf", null, MoveInTests.PDF))
			.param("type", type)
			.with(csrf())
			.with(user(fixtures.staff(Role.MANAGER, community)))).andExpect(status().isCreated());
	}

	@Test
	void theCheckSaysWhatTheArchiveLacksUntilItIsComplete() throws Exception {
		mvc.perform(get("/api/units/" + unit.id() + "/archive-check").with(user(butler)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.complete").value(false))
			.andExpect(jsonPath("$.caseId").doesNotExist())
			.andExpect(jsonPath("$.missing", contains("ID_COPY", "PURCHASE_CONTRACT")));

		// custody adds its agreement, which is filed as it is signed
		mvc.perform(MockMvcRequestBuilders.post("/api/custody")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"communityId": %d, "unitId": %d, "validFrom": "2026-11-30", "keysHeld": "K-4-0404-1"}"""
				.formatted(community, unit.id()))
			.with(csrf())
			.with(user(butler))).andExpect(status().isCreated());
		mvc.perform(get("/api/units/" + unit.id() + "/archive-check").with(user(butler)))
			.andExpect(jsonPath("$.custody").value(true))
			.andExpect(jsonPath("$.required", hasItem("CUSTODY_AGREEMENT")))
			.andExpect(jsonPath("$.missing", contains("ID_COPY", "PURCHASE_CONTRACT")));
		mvc.perform(get("/units/" + unit.id() + "/archive-check").with(user(butler)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"archive-missing\"")))
			.andExpect(content().string(containsString("身份证复印件")));
		mvc.perform(get("/api/archive-checks").param("communityId", String.valueOf(community)).with(user(butler)))
			.andExpect(jsonPath("$[*].unitLabel", hasItem(unit.label())));
		mvc.perform(get("/archive-review").with(user(butler)))
			.andExpect(content().string(containsString(unit.label())));

		upload("ID_COPY");
		upload("PURCHASE_CONTRACT");
		mvc.perform(get("/api/units/" + unit.id() + "/archive-check").with(user(butler)))
			.andExpect(jsonPath("$.complete").value(true))
			.andExpect(jsonPath("$.missing.length()").value(0));
		mvc.perform(get("/units/" + unit.id() + "/archive-check").with(user(butler)))
			.andExpect(content().string(containsString("id=\"archive-complete\"")));
		mvc.perform(get("/api/archive-checks").param("communityId", String.valueOf(community)).with(user(butler)))
			.andExpect(jsonPath("$[*].unitLabel", not(hasItem(unit.label()))));
	}

	@Test
	void anotherCommunitysStaffIsRefused() throws Exception {
		StaffUser stranger = fixtures.staff(Role.BUTLER, other);
		mvc.perform(get("/api/units/" + unit.id() + "/archive-check").with(user(stranger)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/units/" + unit.id() + "/archive-check").with(user(stranger)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/archive-checks").param("communityId", String.valueOf(community)).with(user(stranger)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/archive-checks").param("communityId", "abc").with(user(butler)))
			.andExpect(status().isBadRequest());
	}

}
