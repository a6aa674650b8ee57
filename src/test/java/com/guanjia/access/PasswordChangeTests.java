package com.guanjia.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Passwords (issue 9 item 10, NIST SP 800-63B): a new or changed password must pass the
 * policy (10 characters, not common, not trivial) — set by an administrator or by the
 * member — while a password set earlier still signs in; staff change their own password
 * on a page and through the API, with the current one, and sign in again afterwards.
 */
@GuanjiaTest
class PasswordChangeTests {

	static final String NEW_PASSWORD = "violet-kettle-88";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	StaffUser admin;

	StaffUser agent;

	long community;

	@BeforeEach
	void setUp() {
		community = fixtures.community("阳光花园").id();
		admin = fixtures.staff(Role.ADMIN);
		agent = fixtures.staff(Role.AGENT, community);
	}

	@Test
	void anAdministratorCannotSetACommonOrTrivialPassword() throws Exception {
		String[][] refused = { { "guanjia1", "validation.password" }, { "password2026", "validation.password.common" },
				{ "qwertyuiop", "validation.password.common" }, { "xxxxxxxxxxxx", "validation.password.trivial" } };
		for (String[] r : refused) {
			mvc.perform(post("/api/staff").with(user(admin))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "%s", "displayName": "新员工", "password": "%s", "roles": ["AGENT"],
						 "assignments": [{"communityId": %d}]}""".formatted(Fixtures.unique("n"), r[0], community)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("password"))
				.andExpect(jsonPath("$.errors[0].code").value(r[1]));
			mvc.perform(put("/api/staff/{id}/password", agent.staffId()).with(user(admin))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"password\": \"%s\"}".formatted(r[0])))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value(r[1]));
		}
		mvc.perform(post("/staff/{id}/password", agent.staffId()).param("password", "abcdefghijk")
			.with(user(admin))
			.with(csrf())).andExpect(content().string(containsString("连续的字母数字")));
	}

	@Test
	void aPasswordSetBeforeThePolicyStillSignsIn() throws Exception {
		jdbc.sql("update staff set password_hash = ? where id = ?")
			.params(passwords.encode("abc12345"), agent.staffId())
			.update();
		assertThat(ConsoleLogin.attempt(mvc, agent.getUsername(), "abc12345").redirectedTo()).isEqualTo("/");
	}

	@Test
	void aMemberChangesTheirPasswordOnTheirPage() throws Exception {
		Cookie session = ConsoleLogin.session(mvc, agent.getUsername(), Fixtures.PASSWORD);
		String csrf = ConsoleLogin.csrfToken(mvc, session);
		mvc.perform(get("/").cookie(session)).andExpect(content().string(containsString("/account/password")));
		mvc.perform(get("/account/password").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("当前密码")));

		change(session, csrf, "not-my-password", NEW_PASSWORD, NEW_PASSWORD)
			.andExpect(content().string(containsString("当前密码不正确")));
		change(session, csrf, Fixtures.PASSWORD, "letmein2026", "letmein2026")
			.andExpect(content().string(containsString("这个密码太常见")));
		change(session, csrf, Fixtures.PASSWORD, NEW_PASSWORD, "violet-kettle-89")
			.andExpect(content().string(containsString("两次输入的新密码不一致")));

		change(session, csrf, Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
			.andExpect(redirectedUrl("/login?passwordChanged"));
		mvc.perform(get("/units").cookie(session)).andExpect(redirectedUrl("/login"));
		assertThat(ConsoleLogin.attempt(mvc, agent.getUsername(), Fixtures.PASSWORD).redirectedTo())
			.isEqualTo("/login?error");
		assertThat(ConsoleLogin.attempt(mvc, agent.getUsername(), NEW_PASSWORD).redirectedTo()).isEqualTo("/");
		assertThat(jdbc
			.sql("select count(*) from audit_log where entity_type = 'staff' and entity_id = ? "
					+ "and action = 'changePassword'")
			.param(String.valueOf(agent.staffId()))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aMemberChangesTheirPasswordThroughTheApi() throws Exception {
		String token = ConsoleLogin.bearerToken(mvc, agent.getUsername(), Fixtures.PASSWORD);
		api(token, "wrong-current-1", NEW_PASSWORD).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
		api(token, Fixtures.PASSWORD, "aaaaaaaaaaaaaa").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"))
			.andExpect(jsonPath("$.errors[0].code").value("validation.password.trivial"));
		api(token, Fixtures.PASSWORD, agent.getUsername() + "-2026").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("validation.password.username"));

		api(token, Fixtures.PASSWORD, NEW_PASSWORD).andExpect(status().isNoContent());
		mvc.perform(get("/api/communities/{id}", community).header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		ConsoleLogin.bearerToken(mvc, agent.getUsername(), NEW_PASSWORD);
	}

	/** A wrong current password counts like a failed login: the sixth try answers 429. */
	@Test
	void guessingTheCurrentPasswordIsThrottled() throws Exception {
		for (int i = 1; i <= 5; i++) {
			mvc.perform(put("/api/account/password").with(user(agent)).with(csrf()).with(r -> {
				r.setRemoteAddr("203.0.113.90");
				return r;
			})
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"currentPassword\": \"guess-%d\", \"newPassword\": \"%s\"}".formatted(i, NEW_PASSWORD)))
				.andExpect(status().isBadRequest());
		}
		mvc.perform(put("/api/account/password").with(user(agent)).with(csrf()).with(r -> {
			r.setRemoteAddr("203.0.113.90");
			return r;
		})
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\": \"%s\", \"newPassword\": \"%s\"}".formatted(Fixtures.PASSWORD,
					NEW_PASSWORD)))
			.andExpect(status().isTooManyRequests());
	}

	ResultActions change(Cookie session, String csrf, String current, String next, String confirm) throws Exception {
		return mvc.perform(post("/account/password").cookie(session)
			.param("_csrf", csrf)
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmPassword", confirm));
	}

	ResultActions api(String token, String current, String next) throws Exception {
		return mvc.perform(put("/api/account/password").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\": \"%s\", \"newPassword\": \"%s\"}".formatted(current, next)));
	}

}
