package com.guanjia.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import com.guanjia.platform.db.SqlTime;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Login throttling (issue 2 item 7, issue 9 item 8): five wrong passwords of a username
 * from one address refuse that address for 15 minutes, for the console's form login and
 * the API's token endpoint alike; guesses from elsewhere slow the username down with
 * growing delays but never lock the owner out; an administrator lifts the restrictions;
 * {@code X-Forwarded-For} counts only from a trusted proxy (the test profile trusts
 * {@value #PROXY}). Driven through the real login form and token endpoint.
 */
@GuanjiaTest
class LoginThrottleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

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

	static final String PROXY = "192.0.2.10";

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

	@Test
	void aGuesserAtOneAddressCannotLockTheOwnerOutAtAnother() throws Exception {
		for (int i = 1; i <= 20; i++) {
			token(agent.getUsername(), "wrong-password-" + i, "203.0.113.5").andExpect(status().is(i <= 5 ? 401 : 429));
		}
		token(agent.getUsername(), Fixtures.PASSWORD, "203.0.113.5").andExpect(status().isTooManyRequests());
		token(agent.getUsername(), Fixtures.PASSWORD, "198.51.100.7").andExpect(status().isOk());
		assertThat(ConsoleLogin.attempt(mvc, agent.getUsername(), Fixtures.PASSWORD).redirectedTo())
			.as("the owner's console at yet another address")
			.isEqualTo("/");
	}

	/**
	 * Guesses from many addresses (one each, so no address reaches its limit): ten are
	 * free, then each next one waits 1 s, 2 s, 4 s, … up to 15 minutes. The owner at an
	 * address they signed in from before is not slowed; at a new address they wait the
	 * current delay, never more than 15 minutes.
	 */
	@Test
	void guessesFromManyAddressesSlowTheUsernameDownButNeverLockIt() throws Exception {
		token(agent.getUsername(), Fixtures.PASSWORD, "198.51.100.20").andExpect(status().isOk());
		int address = 1;
		for (int i = 1; i <= 10; i++) {
			token(agent.getUsername(), "guess-" + i, "203.0.113." + address++).andExpect(status().isUnauthorized());
		}
		long[] delays = { 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900 };
		for (long delay : delays) {
			token(agent.getUsername(), "guess", "203.0.113." + address++).andExpect(status().isTooManyRequests())
				.andExpect(header().string("Retry-After", String.valueOf(delay)));
			clock.advance(Duration.ofSeconds(delay - 1));
			token(agent.getUsername(), "guess", "203.0.113." + address++).andExpect(status().isTooManyRequests());
			clock.advance(Duration.ofSeconds(1));
			token(agent.getUsername(), "guess", "203.0.113." + address++).andExpect(status().isUnauthorized());
		}
		// The owner at a new address waits,
		token(agent.getUsername(), Fixtures.PASSWORD, "198.51.100.21").andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "900"))
			.andExpect(jsonPath("$.detail").value(containsString("15 分钟")));
		// at an address they signed in from before they do not,
		token(agent.getUsername(), Fixtures.PASSWORD, "198.51.100.20").andExpect(status().isOk());
		// and their success ends the delays.
		token(agent.getUsername(), Fixtures.PASSWORD, "198.51.100.21").andExpect(status().isOk());
	}

	/**
	 * Password spraying: one address trying many usernames is stopped after 100 attempts
	 * in 15 minutes. The first 97 are written straight into the count (they would cost a
	 * password hash each); the last three are real logins of three usernames.
	 */
	@Test
	void oneAddressTryingManyUsernamesIsStoppedAfterAHundredAttempts() throws Exception {
		String sprayer = "203.0.113.200";
		jdbc.sql("insert into login_attempt_address (client_ip, attempts, window_start) values (?, 97, ?)")
			.params(sprayer, SqlTime.utc(clock.instant()))
			.update();
		for (int i = 1; i <= 3; i++) {
			token("nobody-" + i + "-" + agent.getUsername(), "Spring2026!", sprayer)
				.andExpect(status().isUnauthorized());
		}
		token(agent.getUsername(), "Spring2026!", sprayer).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "900"));
		token(agent.getUsername(), Fixtures.PASSWORD, "198.51.100.30").andExpect(status().isOk());
		clock.advance(Duration.ofMinutes(15));
		token(agent.getUsername(), Fixtures.PASSWORD, sprayer).andExpect(status().isOk());
	}

	@Test
	void anAdministratorLiftsTheRestrictionsOnThePageAndThroughTheApi() throws Exception {
		StaffUser admin = fixtures.staff(Role.ADMIN);
		for (int i = 1; i <= 5; i++) {
			token(agent.getUsername(), "wrong-password", "203.0.113.50");
		}
		token(agent.getUsername(), Fixtures.PASSWORD, "203.0.113.50").andExpect(status().isTooManyRequests());
		mvc.perform(get("/api/staff/{id}/login-restrictions", agent.staffId()).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.restrictedUntil").value("2026-11-30T02:15:00Z"));
		mvc.perform(get("/staff/{id}/edit", agent.staffId()).with(user(admin)))
			.andExpect(content().string(containsString("解除登录限制")))
			.andExpect(content().string(containsString("约 15 分钟后自动解除")));
		mvc.perform(delete("/api/staff/{id}/login-restrictions", agent.staffId()).with(user(agent)).with(csrf()))
			.andExpect(status().isForbidden());

		mvc.perform(delete("/api/staff/{id}/login-restrictions", agent.staffId()).with(user(admin)).with(csrf()))
			.andExpect(status().isNoContent());
		token(agent.getUsername(), Fixtures.PASSWORD, "203.0.113.50").andExpect(status().isOk());
		mvc.perform(get("/api/staff/{id}/login-restrictions", agent.staffId()).with(user(admin)))
			.andExpect(jsonPath("$.restrictedUntil").doesNotExist());

		for (int i = 1; i <= 5; i++) {
			token(agent.getUsername(), "wrong-password", "203.0.113.51");
		}
		mvc.perform(post("/staff/{id}/unlock", agent.staffId()).with(user(admin)).with(csrf()))
			.andExpect(redirectedUrl("/staff/" + agent.staffId() + "/edit"));
		mvc.perform(get("/staff/{id}/edit", agent.staffId()).with(user(admin)))
			.andExpect(content().string(not(containsString("约 15 分钟后自动解除"))));
		token(agent.getUsername(), Fixtures.PASSWORD, "203.0.113.51").andExpect(status().isOk());
		assertThat(jdbc
			.sql("select count(*) from audit_log where entity_type = 'staff' and entity_id = ? "
					+ "and action = 'unlockLogin'")
			.param(String.valueOf(agent.staffId()))
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void forwardedForFromAnUntrustedPeerIsIgnored() throws Exception {
		for (int i = 1; i <= 5; i++) {
			forwarded("203.0.113.60", "198.51.100." + i, "wrong-password").andExpect(status().isUnauthorized());
		}
		// A new X-Forwarded-For does not make a new client.
		forwarded("203.0.113.60", "198.51.100.99", Fixtures.PASSWORD).andExpect(status().isTooManyRequests());
	}

	@Test
	void forwardedForFromATrustedProxyNamesTheClient() throws Exception {
		for (int i = 1; i <= 5; i++) {
			forwarded(PROXY, "203.0.113.70", "wrong-password").andExpect(status().isUnauthorized());
		}
		forwarded(PROXY, "203.0.113.70", Fixtures.PASSWORD).andExpect(status().isTooManyRequests());
		// Another client behind the same proxy:
		forwarded(PROXY, "198.51.100.70", Fixtures.PASSWORD).andExpect(status().isOk());
		// The hop the proxy appended counts, not what the client wrote before it.
		forwarded(PROXY, "203.0.113.70, 198.51.100.71", Fixtures.PASSWORD).andExpect(status().isOk());
	}

	ResultActions forwarded(String peer, String forwardedFor, String password) throws Exception {
		return mvc.perform(post("/api/auth/token").with(from(peer))
			.header("X-Forwarded-For", forwardedFor)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"%s\", \"password\": \"%s\"}".formatted(agent.getUsername(), password)));
	}

	ResultActions token(String username, String password, String address) throws Exception {
		return mvc.perform(post("/api/auth/token").with(from(address))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, password)));
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	ResultActions token(String username, String password) throws Exception {
		return mvc.perform(post("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, password)));
	}

}
