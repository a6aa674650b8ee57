package com.guanjia.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.ConsoleLogin;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.MutableClock;
import com.guanjia.support.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Login throttling (issue 2 item 7): five wrong passwords lock the username for 15
 * minutes, for the console's form login and the API's token endpoint alike. Driven
 * through the real login form.
 */
@GuanjiaTest
class LoginThrottleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	StaffUser agent;

	@BeforeEach
	void setUp() {
		long community = fixtures.community("阳光花园").id();
		agent = fixtures.staff(Role.AGENT, community);
	}

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
	}

	@Test
	void fiveWrongPasswordsLockTheUsernameUntilFifteenMinutesHavePassed() throws Exception {
		for (int i = 1; i <= 5; i++) {
			assertThat(ConsoleLogin.attempt(mvc, agent.getUsername(), "wrong-password-" + i).redirectedTo())
				.as("failure %d", i)
				.isEqualTo("/login?error");
		}
		ConsoleLogin.Attempt sixth = ConsoleLogin.attempt(mvc, agent.getUsername(), Fixtures.PASSWORD);
		assertThat(sixth.redirectedTo()).as("the right password while locked").isEqualTo("/login?locked");
		mvc.perform(get("/login?locked").cookie(sixth.session()))
			.andExpect(content().string(containsString("登录失败次数过多")));
		mvc.perform(get("/units").cookie(sixth.session())).andExpect(status().is3xxRedirection());

		clock.advance(Duration.ofMinutes(14));
		assertThat(ConsoleLogin.attempt(mvc, agent.getUsername(), Fixtures.PASSWORD).redirectedTo())
			.as("still locked after 14 minutes")
			.isEqualTo("/login?locked");

		clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		ConsoleLogin.Attempt later = ConsoleLogin.attempt(mvc, agent.getUsername(), Fixtures.PASSWORD);
		assertThat(later.redirectedTo()).as("after 15 minutes").isEqualTo("/");
		mvc.perform(get("/units").cookie(later.session())).andExpect(status().isOk());
	}

	@Test
	void theLockIsPerUsernameAndASuccessClearsEarlierFailures() throws Exception {
		StaffUser colleague = fixtures.staff(Role.AGENT, fixtures.community("翠湖居").id());
		for (int i = 1; i <= 4; i++) {
			ConsoleLogin.attempt(mvc, agent.getUsername(), "wrong-password");
		}
		assertThat(ConsoleLogin.attempt(mvc, agent.getUsername(), Fixtures.PASSWORD).redirectedTo()).isEqualTo("/");
		for (int i = 1; i <= 4; i++) {
			ConsoleLogin.attempt(mvc, agent.getUsername(), "wrong-password");
		}
		assertThat(ConsoleLogin.attempt(mvc, agent.getUsername(), Fixtures.PASSWORD).redirectedTo())
			.as("4 + 4 failures with a success between them do not lock")
			.isEqualTo("/");
		for (int i = 1; i <= 5; i++) {
			ConsoleLogin.attempt(mvc, agent.getUsername(), "wrong-password");
		}
		assertThat(ConsoleLogin.attempt(mvc, colleague.getUsername(), Fixtures.PASSWORD).redirectedTo())
			.as("another username is not locked")
			.isEqualTo("/");
	}

	@Test
	void theTokenEndpointCountsFailuresAndAnswers429WhenLocked() throws Exception {
		for (int i = 1; i <= 5; i++) {
			token(agent.getUsername(), "wrong-password").andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.code").value("error.login.bad"));
		}
		token(agent.getUsername(), Fixtures.PASSWORD).andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.code").value("error.login.locked"))
			.andExpect(jsonPath("$.detail").value(containsString("15")));
		assertThat(ConsoleLogin.attempt(mvc, agent.getUsername(), Fixtures.PASSWORD).redirectedTo())
			.as("failures through the API lock the console login too")
			.isEqualTo("/login?locked");

		clock.advance(Duration.ofMinutes(16));
		token(agent.getUsername(), Fixtures.PASSWORD).andExpect(status().isOk())
			.andExpect(jsonPath("$.tokenType").value("Bearer"));
	}

	@Test
	void failuresOfTheConsoleLockTheTokenEndpoint() throws Exception {
		for (int i = 1; i <= 5; i++) {
			ConsoleLogin.attempt(mvc, agent.getUsername(), "wrong-password");
		}
		token(agent.getUsername(), Fixtures.PASSWORD).andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	ResultActions token(String username, String password) throws Exception {
		return mvc.perform(post("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, password)));
	}

}
