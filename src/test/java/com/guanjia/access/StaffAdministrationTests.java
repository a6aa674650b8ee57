package com.guanjia.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.ConsoleLogin;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Staff administration (issue 2 item 7, R13): accounts with roles, a department per
 * community, enable/disable and password reset, by API and by page, for STAFF_ADMIN only.
 */
@GuanjiaTest
class StaffAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StaffManagement staffManagement;

	long community;

	long otherCommunity;

	StaffUser admin;

	StaffUser manager;

	@BeforeEach
	void setUp() {
		community = fixtures.community("阳光花园").id();
		otherCommunity = fixtures.community("翠湖居").id();
		admin = fixtures.staff(Role.ADMIN);
		manager = fixtures.staff(Role.MANAGER, community);
	}

	MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, StaffUser as, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf()).with(user(as));
	}

	long idOf(String json) {
		return Long.parseLong(json.replaceAll("^\\{\"id\":(\\d+).*", "$1"));
	}

	@Test
	void anAdministratorCreatesChangesAndListsAccountsThroughTheApi() throws Exception {
		String username = Fixtures.unique("tech");
		String created = mvc
			.perform(json(post("/api/staff"), admin,
					"""
							{"username": "%s", "displayName": "李师傅", "password": "long-enough-1", "phone": "13812345678",
							 "roles": ["TECHNICIAN"], "assignments": [{"communityId": %d, "departmentCode": "ENGINEERING"}]}"""
						.formatted(username, community)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.roles[0]").value("TECHNICIAN"))
			.andExpect(jsonPath("$.assignments[0].departmentCode").value("ENGINEERING"))
			.andExpect(jsonPath("$.password").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = idOf(created);

		mvc.perform(get("/api/staff").param("communityId", String.valueOf(community)).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].username", hasItem(username)));
		mvc.perform(get("/api/staff").param("communityId", String.valueOf(otherCommunity)).with(user(admin)))
			.andExpect(jsonPath("$[*].username", not(hasItem(username))));

		mvc.perform(json(put("/api/staff/{id}", id), admin,
				"""
						{"displayName": "李建国", "roles": ["TECHNICIAN", "BUTLER"], "version": 0,
						 "assignments": [{"communityId": %d, "departmentCode": "ENGINEERING"}, {"communityId": %d}]}"""
					.formatted(community, otherCommunity)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("李建国"))
			.andExpect(jsonPath("$.assignments.length()").value(2))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(json(put("/api/staff/{id}", id), admin, """
				{"displayName": "李建国", "roles": ["TECHNICIAN"], "version": 0,
				 "assignments": [{"communityId": %d}]}""".formatted(community))).andExpect(status().isConflict());

		mvc.perform(get("/api/departments").param("communityId", String.valueOf(community)).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItem("ENGINEERING")))
			.andExpect(jsonPath("$[*].name", hasItem("工程部")));
	}

	@Test
	void badInputNamesEachField() throws Exception {
		mvc.perform(json(post("/api/staff"), admin, """
				{"username": "X", "displayName": "", "password": "short", "phone": "12", "roles": [],
				 "assignments": [{"communityId": %d, "departmentCode": "KITCHEN"}]}""".formatted(community)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("username")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("displayName")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("password")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("phone")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("roles")));
		mvc.perform(json(post("/api/staff"), admin,
				"""
						{"username": "%s", "displayName": "王", "password": "long-enough-1", "roles": ["AGENT"],
						 "assignments": [{"communityId": %d, "departmentCode": "KITCHEN"}]}"""
					.formatted(Fixtures.unique("a"), community)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("assignments"));
		mvc.perform(json(put("/api/staff/{id}/password", manager.staffId()), admin, "{\"password\": \"1234\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
	}

	@Test
	void onlyAStaffAdministratorMayUseTheStaffApiAndPages() throws Exception {
		StaffUser supervisor = fixtures.staff(Role.SUPERVISOR, community);
		for (StaffUser notAdmin : new StaffUser[] { manager, supervisor }) {
			mvc.perform(get("/api/staff").with(user(notAdmin))).andExpect(status().isForbidden());
			mvc.perform(get("/api/staff/{id}", admin.staffId()).with(user(notAdmin))).andExpect(status().isForbidden());
			mvc.perform(json(post("/api/staff"), notAdmin, """
					{"username": "%s", "displayName": "x", "password": "long-enough-1", "roles": ["ADMIN"]}"""
				.formatted(Fixtures.unique("evil")))).andExpect(status().isForbidden());
			mvc.perform(json(put("/api/staff/{id}/password", admin.staffId()), notAdmin,
					"{\"password\": \"taken-over-1\"}"))
				.andExpect(status().isForbidden());
			mvc.perform(get("/staff").with(user(notAdmin))).andExpect(status().isForbidden());
			mvc.perform(get("/staff/new").with(user(notAdmin))).andExpect(status().isForbidden());
			mvc.perform(post("/staff/{id}/enabled", admin.staffId()).param("enabled", "false")
				.with(user(notAdmin))
				.with(csrf())).andExpect(status().isForbidden());
		}
		mvc.perform(get("/").with(user(manager))).andExpect(content().string(not(containsString("href=\"/staff\""))));
		mvc.perform(get("/").with(user(admin))).andExpect(content().string(containsString("href=\"/staff\"")));
	}

	@Test
	void theListShowsRolesCommunitiesAndDepartmentsAndFiltersByCommunity() throws Exception {
		mvc.perform(get("/staff").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(manager.getUsername())))
			.andExpect(content().string(containsString("经理")))
			.andExpect(content().string(containsString("阳光花园")));
		mvc.perform(get("/staff").param("communityId", String.valueOf(otherCommunity))
			.header("HX-Request", "true")
			.with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<nav"))))
			.andExpect(content().string(not(containsString(manager.getUsername()))));
	}

	@Test
	void theFormCreatesAnAccountWithADepartmentAndExplainsMistakes() throws Exception {
		String username = Fixtures.unique("butler");
		mvc.perform(post("/staff/new").with(user(admin))
			.with(csrf())
			.param("username", username)
			.param("displayName", "王芳")
			.param("password", "short")
			.param("roles", "BUTLER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("密码至少 10 位")))
			.andExpect(content().string(containsString("至少分配一个项目")))
			.andExpect(content().string(not(containsString("value=\"short\""))));

		mvc.perform(post("/staff/new").with(user(admin))
			.with(csrf())
			.param("username", username)
			.param("displayName", "王芳")
			.param("password", "long-enough-1")
			.param("phone", "139 1234 5678")
			.param("roles", "BUTLER")
			.param("assignments[0].communityId", String.valueOf(community))
			.param("assignments[0].selected", "true")
			.param("assignments[0].departmentCode", "CUSTOMER_SERVICE")
			.param("assignments[1].communityId", String.valueOf(otherCommunity))
			.param("assignments[1].departmentCode", "CLEANING")).andExpect(redirectedUrl("/staff"));

		StaffView created = Fixtures.as(admin,
				() -> staffManagement.list(community)
					.stream()
					.filter(s -> s.username().equals(username))
					.findFirst()
					.orElseThrow());
		assertThat(created.assignments())
			.extracting(StaffView.Assignment::communityId, StaffView.Assignment::departmentCode)
			.containsExactly(tuple(community, "CUSTOMER_SERVICE"));
		ConsoleLogin.session(mvc, username, "long-enough-1");
	}

	@Test
	void theEditPageChangesRolesAndAssignmentsAndEndsTheMembersSession() throws Exception {
		Cookie session = ConsoleLogin.session(mvc, manager.getUsername(), Fixtures.PASSWORD);
		mvc.perform(get("/staff/{id}/edit", manager.staffId()).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + manager.getUsername() + "\"")))
			.andExpect(content().string(containsString("工程部")))
			.andExpect(content().string(containsString("重置密码")));

		mvc.perform(post("/staff/{id}/edit", manager.staffId()).with(user(admin))
			.with(csrf())
			.param("displayName", "赵经理")
			.param("phone", "")
			.param("roles", "SUPERVISOR")
			.param("version", "0")
			.param("assignments[0].communityId", String.valueOf(community))
			.param("assignments[0].selected", "true")
			.param("assignments[0].departmentCode", "")).andExpect(redirectedUrl("/staff"));

		mvc.perform(get("/units").cookie(session)).andExpect(redirectedUrl("/login"));
		StaffView changed = Fixtures.as(admin, () -> staffManagement.get(manager.staffId()));
		assertThat(changed.roles()).containsExactly(Role.SUPERVISOR);
		assertThat(changed.displayName()).isEqualTo("赵经理");
	}

	@Test
	void disablingEnablingAndResettingThePasswordFromTheEditPage() throws Exception {
		Cookie session = ConsoleLogin.session(mvc, manager.getUsername(), Fixtures.PASSWORD);
		mvc.perform(
				post("/staff/{id}/enabled", manager.staffId()).param("enabled", "false").with(user(admin)).with(csrf()))
			.andExpect(redirectedUrl("/staff/" + manager.staffId() + "/edit"));
		mvc.perform(get("/units").cookie(session)).andExpect(redirectedUrl("/login"));
		assertThat(ConsoleLogin.attempt(mvc, manager.getUsername(), Fixtures.PASSWORD).redirectedTo())
			.isEqualTo("/login?error");

		mvc.perform(
				post("/staff/{id}/enabled", manager.staffId()).param("enabled", "true").with(user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		session = ConsoleLogin.session(mvc, manager.getUsername(), Fixtures.PASSWORD);

		mvc.perform(
				post("/staff/{id}/password", manager.staffId()).param("password", "abc").with(user(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("密码至少 10 位")));
		mvc.perform(post("/staff/{id}/password", manager.staffId()).param("password", "brand-new-pass")
			.with(user(admin))
			.with(csrf())).andExpect(redirectedUrl("/staff/" + manager.staffId() + "/edit"));
		mvc.perform(get("/units").cookie(session)).andExpect(redirectedUrl("/login"));
		ConsoleLogin.session(mvc, manager.getUsername(), "brand-new-pass");
	}

	@Test
	void anAdministratorCannotLockThemselvesOut() throws Exception {
		mvc.perform(json(put("/api/staff/{id}/enabled", admin.staffId()), admin, "{\"enabled\": false}"))
			.andExpect(status().isBadRequest());
		mvc.perform(json(put("/api/staff/{id}", admin.staffId()), admin,
				"""
						{"displayName": "x", "roles": ["MANAGER"], "version": 0, "assignments": [{"communityId": %d}]}"""
					.formatted(community)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("roles"));
		mvc.perform(get("/staff/{id}/edit", admin.staffId()).with(user(admin)))
			.andExpect(content().string(not(containsString("id=\"toggle-enabled\""))));
	}

}
