package com.guanjia.access;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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

/**
 * CSRF protection (issue 2 items 7 and 8): every state-changing request that rides on the
 * console session needs the session's token, the login form included; an API client with
 * a bearer token sends no cookie and needs none.
 */
@GuanjiaTest
class CsrfTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	long community;

	StaffUser manager;

	@BeforeEach
	void setUp() {
		community = fixtures.community("阳光花园").id();
		manager = fixtures.staff(Role.MANAGER, community);
	}

	@Test
	void theLoginFormWithoutTokenIsRefused() throws Exception {
		mvc.perform(post("/login").param("username", manager.getUsername()).param("password", Fixtures.PASSWORD))
			.andExpect(status().isForbidden());
		mvc.perform(get("/units")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aConsoleFormWithoutTokenIsRefusedAndSavesNothing() throws Exception {
		Cookie session = ConsoleLogin.session(mvc, manager.getUsername(), Fixtures.PASSWORD);
		mvc.perform(post("/parking/new").cookie(session).param("code", "CSRF-1").param("state", "VACANT"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/parking/new").cookie(session)
			.param("code", "CSRF-1")
			.param("state", "VACANT")
			.param("_csrf", "not-the-token")).andExpect(status().isForbidden());
		mvc.perform(get("/parking").cookie(session)).andExpect(content().string(not(containsString("CSRF-1"))));

		String token = ConsoleLogin.csrfToken(mvc, session);
		mvc.perform(post("/parking/new").cookie(session)
			.param("code", "CSRF-1")
			.param("state", "VACANT")
			.param("_csrf", token)).andExpect(redirectedUrl("/parking"));
		mvc.perform(get("/parking").cookie(session)).andExpect(content().string(containsString("CSRF-1")));
	}

	@Test
	void anApiCallOnTheConsoleSessionNeedsTheCsrfHeader() throws Exception {
		Cookie session = ConsoleLogin.session(mvc, manager.getUsername(), Fixtures.PASSWORD);
		String body = """
				{"communityId": %d, "code": "CSRF-2", "state": "VACANT"}""".formatted(community);
		mvc.perform(post("/api/parking-spaces").cookie(session).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		String token = ConsoleLogin.csrfToken(mvc, session);
		mvc.perform(post("/api/parking-spaces").cookie(session)
			.header("X-CSRF-TOKEN", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated());
	}

	@Test
	void anotherAuthorizationHeaderBesideTheSessionDoesNotSkipTheCsrfCheck() throws Exception {
		Cookie session = ConsoleLogin.session(mvc, manager.getUsername(), Fixtures.PASSWORD);
		mvc.perform(post("/api/parking-spaces").cookie(session)
			.header("Authorization", "Basic eDp5")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"communityId": %d, "code": "CSRF-4", "state": "VACANT"}""".formatted(community)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/parking-spaces").cookie(session).param("communityId", String.valueOf(community)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("CSRF-4"))));
	}

	@Test
	void anApiCallWithABearerTokenNeedsNoCsrfToken() throws Exception {
		String bearer = ConsoleLogin.bearerToken(mvc, manager.getUsername(), Fixtures.PASSWORD);
		mvc.perform(post("/api/parking-spaces").header("Authorization", "Bearer " + bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"communityId": %d, "code": "CSRF-3", "state": "VACANT"}""".formatted(community)))
			.andExpect(status().isCreated())
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

}
