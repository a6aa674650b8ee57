package com.guanjia.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

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
 * Issue 10 item 5 (R3.6): a department has its head and several shift leads (班长) — seed
 * 001 3.5.1: "由工程部長或班長分配工作任務，簽發《派工單》". {@code PUT /api/departments/{id}/lead} keeps
 * naming the head as before; {@code PUT /api/departments/{id}/shift-leads} names the
 * shift leads, under the same rules (managers of the community, enabled members of the
 * department), audited; a shift lead who is disabled is removed.
 */
@GuanjiaTest
class DepartmentShiftLeadTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StaffManagement staffManagement;

	long community;

	long engineering;

	StaffUser manager;

	StaffView head;

	StaffView shiftA;

	StaffView shiftB;

	@BeforeEach
	void setUp() {
		community = fixtures.community("长青苑").id();
		manager = fixtures.staff(Role.MANAGER, community);
		engineering = staffManagement.department(community, DepartmentKind.ENGINEERING).orElseThrow().id();
		head = member("孙部长", community, DepartmentKind.ENGINEERING);
		shiftA = member("赵班长", community, DepartmentKind.ENGINEERING);
		shiftB = member("钱班长", community, DepartmentKind.ENGINEERING);
	}

	StaffView member(String name, long communityId, DepartmentKind kind) {
		return Fixtures
			.as(Fixtures.ROOT,
					() -> staffManagement.create(new StaffCommand(Fixtures.unique("l"), name, Fixtures.PASSWORD, null,
							Set.of(Role.TECHNICIAN),
							List.of(new StaffCommand.AssignmentCommand(communityId, kind.name())))));
	}

	MockHttpServletRequestBuilder shiftLeads(long departmentId, StaffUser as, String body) {
		return put("/api/departments/{id}/shift-leads", departmentId).contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(csrf())
			.with(user(as));
	}

	DepartmentView engineeringNow() {
		return staffManagement.department(community, DepartmentKind.ENGINEERING).orElseThrow();
	}

	@Test
	void aManagerNamesAHeadAndTwoShiftLeadsAndTheOldEndpointStillNamesTheHead() throws Exception {
		mvc.perform(put("/api/departments/{id}/lead", engineering).contentType(MediaType.APPLICATION_JSON)
			.content("{\"leadStaffId\": %d}".formatted(head.id()))
			.with(csrf())
			.with(user(manager))).andExpect(status().isOk()).andExpect(jsonPath("$.leadStaffId").value(head.id()));
		mvc.perform(shiftLeads(engineering, manager,
				"{\"shiftLeadStaffIds\": [%d, %d, %d]}".formatted(shiftA.id(), shiftB.id(), shiftA.id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.leadStaffId").value(head.id()))
			.andExpect(jsonPath("$.shiftLeadStaffIds.length()").value(2));
		assertThat(engineeringNow().leads()).containsExactlyInAnyOrder(head.id(), shiftA.id(), shiftB.id());
		assertThat(engineeringNow().isLead(shiftB.id())).isTrue();

		// Naming another head keeps the shift leads.
		mvc.perform(put("/api/departments/{id}/lead", engineering).contentType(MediaType.APPLICATION_JSON)
			.content("{\"leadStaffId\": %d}".formatted(shiftA.id()))
			.with(csrf())
			.with(user(manager))).andExpect(status().isOk());
		assertThat(engineeringNow().shiftLeadStaffIds()).containsExactlyInAnyOrder(shiftA.id(), shiftB.id());
		mvc.perform(get("/api/departments").param("communityId", String.valueOf(community)).with(user(manager)))
			.andExpect(jsonPath("$[?(@.code == 'ENGINEERING')].shiftLeadStaffIds[*]", hasItem((int) shiftB.id())));

		mvc.perform(shiftLeads(engineering, manager, "{\"shiftLeadStaffIds\": []}")).andExpect(status().isOk());
		assertThat(engineeringNow().shiftLeadStaffIds()).isEmpty();
		mvc.perform(get("/api/audit-log").param("entityType", "department")
			.param("entityId", String.valueOf(engineering))
			.with(user(manager))).andExpect(jsonPath("$[0].action").value("setShiftLeads"));
	}

	@Test
	void onlyManagersOfTheCommunityNameShiftLeadsAndOnlyMembersOfTheDepartment() throws Exception {
		String body = "{\"shiftLeadStaffIds\": [%d]}".formatted(shiftA.id());
		mvc.perform(shiftLeads(engineering, fixtures.staff(Role.SUPERVISOR, community), body))
			.andExpect(status().isForbidden());
		long other = fixtures.community("翠竹园").id();
		mvc.perform(shiftLeads(engineering, fixtures.staff(Role.MANAGER, other), body))
			.andExpect(status().isNotFound());
		StaffView cleaner = member("周保洁", community, DepartmentKind.CLEANING);
		mvc.perform(shiftLeads(engineering, manager, "{\"shiftLeadStaffIds\": [%d]}".formatted(cleaner.id())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("shiftLeadStaffIds"));
		assertThat(engineeringNow().shiftLeadStaffIds()).isEmpty();
	}

	@Test
	void aDisabledShiftLeadIsRemovedAndTheOthersStay() throws Exception {
		mvc.perform(shiftLeads(engineering, manager,
				"{\"shiftLeadStaffIds\": [%d, %d]}".formatted(shiftA.id(), shiftB.id())))
			.andExpect(status().isOk());
		Fixtures.as(Fixtures.ROOT, () -> staffManagement.setEnabled(shiftA.id(), false));
		assertThat(engineeringNow().shiftLeadStaffIds()).containsExactly(shiftB.id());
	}

	@Test
	void theDepartmentsPageListsAndNamesShiftLeads() throws Exception {
		mvc.perform(post("/departments/{id}/shift-leads", engineering)
			.param("shiftLeadStaffIds", String.valueOf(shiftA.id()), String.valueOf(shiftB.id()))
			.with(csrf())
			.with(user(manager))).andExpect(redirectedUrl("/departments"));
		mvc.perform(get("/departments").with(user(manager)))
			.andExpect(content().string(containsString("赵班长")))
			.andExpect(content().string(containsString("钱班长")));
		assertThat(engineeringNow().shiftLeadStaffIds()).containsExactlyInAnyOrder(shiftA.id(), shiftB.id());
	}

}
