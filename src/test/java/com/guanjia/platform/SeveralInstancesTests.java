package com.guanjia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.guanjia.GuanjiaApplication;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.ServerTest;
import com.guanjia.support.TestClockConfiguration;
import com.guanjia.support.TextBrowser;
import com.guanjia.support.TextBrowser.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Several instances, one database (issue 2 item 11): besides the shared test server
 * (instance 1) a second, complete application context with its own Tomcat runs on the
 * same PostgreSQL. Whatever one instance learns about a user lives in the database, so
 * the other honours it: the console session and its attributes (Spring Session JDBC), a
 * logout, failed-login counts and bearer tokens.
 */
@ServerTest
class SeveralInstancesTests {

	static ConfigurableApplicationContext second;

	@LocalServerPort
	int firstPort;

	@Autowired
	Fixtures fixtures;

	long communityA;

	long communityB;

	StaffUser manager;

	@BeforeAll
	static void startSecondInstance() {
		second = new SpringApplicationBuilder(GuanjiaApplication.class, TestClockConfiguration.class).profiles("test")
			.properties("server.port=0", "spring.main.banner-mode=off")
			.run();
	}

	@AfterAll
	static void stopSecondInstance() {
		if (second != null) {
			second.close();
		}
	}

	@BeforeEach
	void setUp() {
		communityA = fixtures.community("阳光花园").id();
		communityB = fixtures.community("翠湖居").id();
		manager = fixtures.staff(Role.MANAGER, communityA, communityB);
	}

	String one(String path) {
		return "http://localhost:" + firstPort + path;
	}

	String two(String path) {
		return "http://localhost:" + second.getEnvironment().getRequiredProperty("local.server.port") + path;
	}

	@Test
	void aLoginOnOneInstanceIsHonouredByTheOtherUntilLogoutOnEither() {
		assertThat(two("/")).isNotEqualTo(one("/"));
		TextBrowser browser = new TextBrowser();
		Page login = browser.get(one("/login"));
		Page signedIn = browser.postForm(one("/login"),
				Map.of("username", manager.getUsername(), "password", Fixtures.PASSWORD, "_csrf", login.csrfToken()));
		assertThat(signedIn.redirectsTo("/")).as("login on instance 1: %s", signedIn.location()).isTrue();
		assertThat(browser.cookie("SESSION")).isNotNull();

		Page units = browser.get(two("/units"));
		assertThat(units.status()).as("instance 2 serves the page, no redirect to /login").isEqualTo(200);
		assertThat(units.body()).contains(manager.displayName());

		// The community chosen on instance 2 is a session attribute instance 1 sees too.
		Page switched = browser.postForm(two("/community"),
				Map.of("communityId", String.valueOf(communityB), "_csrf", units.csrfToken()));
		assertThat(switched.status()).isEqualTo(302);
		assertThat(browser.get(one("/")).body()).containsPattern("<option value=\"" + communityB + "\"\\s+selected");

		Page home = browser.get(two("/"));
		Page loggedOut = browser.postForm(two("/logout"), Map.of("_csrf", home.csrfToken()));
		assertThat(loggedOut.redirectsTo("/login?logout")).as("logout on instance 2").isTrue();

		Page afterLogout = browser.get(one("/units"));
		assertThat(afterLogout.status()).isEqualTo(302);
		assertThat(afterLogout.redirectsTo("/login")).as("instance 1 no longer knows the session").isTrue();
	}

	@Test
	void failedLoginsCountedOnOneInstanceLockTheUsernameOnTheOther() {
		TextBrowser browser = new TextBrowser();
		for (int i = 0; i < 5; i++) {
			String url = i % 2 == 0 ? one("/login") : two("/login");
			Page form = browser.get(url);
			Page failed = browser.postForm(url,
					Map.of("username", manager.getUsername(), "password", "wrong-password", "_csrf", form.csrfToken()));
			assertThat(failed.redirectsTo("/login?error")).isTrue();
		}
		Page form = browser.get(two("/login"));
		Page locked = browser.postForm(two("/login"),
				Map.of("username", manager.getUsername(), "password", Fixtures.PASSWORD, "_csrf", form.csrfToken()));
		assertThat(locked.redirectsTo("/login?locked")).isTrue();
	}

	@Test
	void aBearerTokenIssuedByOneInstanceWorksOnTheOtherUntilRevokedThere() {
		TextBrowser client = new TextBrowser();
		Page issued = client.postJson(one("/api/auth/token"), """
				{"username": "%s", "password": "%s"}""".formatted(manager.getUsername(), Fixtures.PASSWORD), Map.of());
		assertThat(issued.status()).isEqualTo(200);
		String token = issued.body().replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
		Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);

		assertThat(client.getWith(two("/api/communities/" + communityA), bearer).status()).isEqualTo(200);
		assertThat(client.cookie("SESSION")).as("API calls with a token open no session").isNull();

		assertThat(client.delete(two("/api/auth/token"), bearer).status()).isEqualTo(204);
		assertThat(client.getWith(one("/api/communities/" + communityA), bearer).status()).isEqualTo(401);
	}

}
