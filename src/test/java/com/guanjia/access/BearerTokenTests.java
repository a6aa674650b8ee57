package com.guanjia.access;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.ConsoleLogin;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.MutableClock;
import com.guanjia.support.TestClockConfiguration;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Bearer tokens for API clients (issue 2 item 8): issued for a staff login, refused (401)
 * once revoked, after 12 hours, or when the account is disabled, which also ends the
 * console session.
 */
@GuanjiaTest
class BearerTokenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	StaffManagement staffManagement;

	long community;

	StaffUser butler;

	@BeforeEach
	void setUp() {
		community = fixtures.community("阳光花园").id();
		butler = fixtures.staff(Role.BUTLER, community);
	}

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
	}

	@Test
	void aTokenWorksUntilItIsRevoked() throws Exception {
		String token = ConsoleLogin.bearerToken(mvc, butler.getUsername(), Fixtures.PASSWORD);
		call(token).andExpect(status().isOk()).andExpect(jsonPath("$.name").value("阳光花园"));

		mvc.perform(delete("/api/auth/token").header("Authorization", "Bearer " + token))
			.andExpect(status().isNoContent());

		refused(call(token));
	}

	@Test
	void aTokenExpiresAfterTwelveHours() throws Exception {
		String token = ConsoleLogin.bearerToken(mvc, butler.getUsername(), Fixtures.PASSWORD);
		clock.advance(Duration.ofHours(12).minusMinutes(1));
		call(token).andExpect(status().isOk());
		clock.advance(Duration.ofMinutes(1));
		refused(call(token));
	}

	@Test
	void anUnknownTokenIsRefused() throws Exception {
		refused(call("not-a-token"));
		mvc.perform(get("/api/communities/{id}", community))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("error.unauthenticated"));
	}

	@Test
	void disablingAnAccountRefusesItsTokensAndEndsItsConsoleSession() throws Exception {
		String token = ConsoleLogin.bearerToken(mvc, butler.getUsername(), Fixtures.PASSWORD);
		Cookie session = ConsoleLogin.session(mvc, butler.getUsername(), Fixtures.PASSWORD);
		call(token).andExpect(status().isOk());
		mvc.perform(get("/units").cookie(session)).andExpect(status().isOk());

		Fixtures.as(Fixtures.ROOT, () -> staffManagement.setEnabled(butler.staffId(), false));

		refused(call(token));
		mvc.perform(get("/units").cookie(session)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/communities/{id}", community).cookie(session)).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"%s\", \"password\": \"%s\"}".formatted(butler.getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	/**
	 * The token's query also reads the caller's communities (0003): another community
	 * stays hidden.
	 */
	@Test
	void aTokenSeesOnlyItsOwnersCommunities() throws Exception {
		long other = fixtures.community("别家小区").id();
		String token = ConsoleLogin.bearerToken(mvc, butler.getUsername(), Fixtures.PASSWORD);
		call(token).andExpect(status().isOk());
		mvc.perform(get("/api/communities/{id}", other).header("Authorization", "Bearer " + token))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/communities").header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(community));
	}

	ResultActions call(String token) throws Exception {
		return mvc.perform(get("/api/communities/{id}", community).header("Authorization", "Bearer " + token));
	}

	static void refused(ResultActions result) throws Exception {
		result.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("error.token"));
	}

}
