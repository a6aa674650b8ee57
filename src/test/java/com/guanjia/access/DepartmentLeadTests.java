package com.guanjia.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
 * Naming a department's lead (R3.6: the engineering lead signs off public-facility
 * repairs; R13 staff): administrators and managers of the community, by API and by page,
 * only enabled staff of that department, recorded in the audit log.
 */
@GuanjiaTest
class DepartmentLeadTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StaffManagement staffManagement;

	long community;

	long otherCommunity;

	StaffUser manager;

	long engineering;

	long otherEngineering;

	StaffView engineer;

	@BeforeEach
	void setUp() {
		community = fixtures.community("阳光花园").id();
		otherCommunity = fixtures.community("翠湖居").id();
		manager = fixtures.staff(Role.MANAGER, community);
		engineering = department(community, DepartmentKind.ENGINEERING);
		otherEngineering = department(otherCommunity, DepartmentKind.ENGINEERING);
		engineer = member("孙工", Role.SUPERVISOR, community, DepartmentKind.ENGINEERING);
	}

	long department(long communityId, DepartmentKind kind) {
		return staffManagement.department(communityId, kind).orElseThrow().id();
	}

	StaffView member(String name, Role role, long communityId, DepartmentKind kind) {
		return Fixtures.as(Fixtures.ROOT,
				() -> staffManagement.create(new StaffCommand(Fixtures.unique("e"), name, Fixtures.PASSWORD, null,
						Set.of(role), List.of(new StaffCommand.AssignmentCommand(communityId, kind.name())))));
	}

	MockHttpServletRequestBuilder lead(long departmentId, StaffUser as, String body) {
		return put("/api/departments/{id}/lead", departmentId).contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(csrf())
			.with(user(as));
	}

	@Test
	void aManagerNamesAndClearsTheEngineeringLeadThroughTheApi() throws Exception {
		mvc.perform(lead(engineering, manager, "{\"leadStaffId\": %d}".formatted(engineer.id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.leadStaffId").value(engineer.id()));
		mvc.perform(get("/api/departments").param("communityId", String.valueOf(community)).with(user(manager)))
			.andExpect(jsonPath("$[?(@.code == 'ENGINEERING')].leadStaffId", hasItem((int) engineer.id())));
		assertThat(staffManagement.department(community, DepartmentKind.ENGINEERING).orElseThrow().leadStaffId())
			.isEqualTo(engineer.id());

		mvc.perform(lead(engineering, manager, "{\"leadStaffId\": null}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.leadStaffId").doesNotExist());
		assertThat(staffManagement.department(community, DepartmentKind.ENGINEERING).orElseThrow().leadStaffId())
			.isNull();
	}

	@Test
	void theAuditLogShowsWhoNamedAndClearedTheLead() throws Exception {
		mvc.perform(lead(engineering, manager, "{\"leadStaffId\": %d}".formatted(engineer.id())))
			.andExpect(status().isOk());
		mvc.perform(lead(engineering, manager, "{\"leadStaffId\": null}")).andExpect(status().isOk());
		mvc.perform(get("/api/audit-log").param("entityType", "department")
			.param("entityId", String.valueOf(engineering))
			.with(user(manager)))
			.andExpect(jsonPath("$[0].action").value("clearLead"))
			.andExpect(jsonPath("$[1].action").value("setLead"))
			.andExpect(jsonPath("$[1].actor").value(manager.getUsername()))
			.andExpect(jsonPath("$[1].detail").value(containsString(String.valueOf(engineer.id()))));
	}

	@Test
	void anAgentMayNotNameALead() throws Exception {
		StaffUser agent = fixtures.staff(Role.AGENT, community);
		mvc.perform(lead(engineering, agent, "{\"leadStaffId\": %d}".formatted(engineer.id())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/departments/{id}/lead", engineering).param("leadStaffId", String.valueOf(engineer.id()))
			.with(csrf())
			.with(user(agent))).andExpect(status().isForbidden());
		assertThat(staffManagement.department(community, DepartmentKind.ENGINEERING).orElseThrow().leadStaffId())
			.isNull();
	}

	@Test
	void aDepartmentOfAnotherCommunityIsNotFound() throws Exception {
		StaffView otherEngineer = member("钱工", Role.TECHNICIAN, otherCommunity, DepartmentKind.ENGINEERING);
		mvc.perform(lead(otherEngineering, manager, "{\"leadStaffId\": %d}".formatted(otherEngineer.id())))
			.andExpect(status().isNotFound());
		assertThat(staffManagement.department(otherCommunity, DepartmentKind.ENGINEERING).orElseThrow().leadStaffId())
			.isNull();
	}

	@Test
	void theLeadMustBeAnEnabledMemberOfThatDepartment() throws Exception {
		StaffView otherEngineer = member("钱工", Role.TECHNICIAN, otherCommunity, DepartmentKind.ENGINEERING);
		mvc.perform(lead(engineering, manager, "{\"leadStaffId\": %d}".formatted(otherEngineer.id())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("leadStaffId")));
		StaffView guard = member("郑保安", Role.GUARD, community, DepartmentKind.SECURITY);
		mvc.perform(lead(engineering, manager, "{\"leadStaffId\": %d}".formatted(guard.id())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("leadStaffId")));
		StaffView leaver = member("离职工", Role.TECHNICIAN, community, DepartmentKind.ENGINEERING);
		Fixtures.as(Fixtures.ROOT, () -> staffManagement.setEnabled(leaver.id(), false));
		mvc.perform(lead(engineering, manager, "{\"leadStaffId\": %d}".formatted(leaver.id())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("leadStaffId")));
		assertThat(staffManagement.department(community, DepartmentKind.ENGINEERING).orElseThrow().leadStaffId())
			.isNull();
	}

	@Test
	void aManagerPicksTheLeadOnTheDepartmentsPageAndSeesTheName() throws Exception {
		mvc.perform(get("/departments").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"" + engineer.id() + "\">孙工</option>")));
		mvc.perform(post("/departments/{id}/lead", engineering).param("leadStaffId", String.valueOf(engineer.id()))
			.with(csrf())
			.with(user(manager))).andExpect(redirectedUrl("/departments"));
		mvc.perform(get("/departments").with(user(manager)))
			.andExpect(content().string(containsString("<td class=\"text-nowrap lead-name\">孙工</td>")));

		mvc.perform(
				post("/departments/{id}/lead", engineering).param("leadStaffId", "").with(csrf()).with(user(manager)))
			.andExpect(redirectedUrl("/departments"));
		mvc.perform(get("/departments").with(user(manager)))
			.andExpect(content().string(not(containsString("<td class=\"text-nowrap lead-name\">孙工</td>"))));
	}

	@Test
	void thePageExplainsAnIneligibleLead() throws Exception {
		StaffView guard = member("郑保安", Role.GUARD, community, DepartmentKind.SECURITY);
		mvc.perform(post("/departments/{id}/lead", engineering).param("leadStaffId", String.valueOf(guard.id()))
			.with(csrf())
			.with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不是本项目该部门的在用员工")));
		assertThat(staffManagement.department(community, DepartmentKind.ENGINEERING).orElseThrow().leadStaffId())
			.isNull();
	}

	@Test
	void onlyThoseWhoMayNameLeadsSeeTheMenuEntry() throws Exception {
		mvc.perform(get("/").with(user(manager))).andExpect(content().string(containsString("href=\"/departments\"")));
		StaffUser supervisor = fixtures.staff(Role.SUPERVISOR, community);
		mvc.perform(get("/").with(user(supervisor)))
			.andExpect(content().string(not(containsString("href=\"/departments\""))));
	}

}
