package com.guanjia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.ServerTest;
import com.guanjia.support.TextBrowser;
import com.guanjia.support.TextBrowser.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 2 item 8: a failure never shows a stack trace or an internal message, on a page
 * or through the API, and an address that does not exist gets a plain "not found" — on
 * the real server, where Spring Boot's error page takes over from the controllers.
 */
@ServerTest
class ErrorHandlingTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	StaffUser agent;

	@BeforeEach
	void setUp() {
		long community = fixtures.community("出错小区").id();
		agent = fixtures.staff(Role.AGENT, community);
	}

	String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	@Test
	void anUnexpectedFailureOnAPageShowsAFriendlyMessageAndNothingInternal() {
		TextBrowser browser = signedIn();
		Page page = browser.getWith(url("/test-failures/unexpected"), Map.of("Accept", "text/html"));
		assertThat(page.status()).isEqualTo(500);
		assertThat(page.body()).contains("系统出现了意外错误")
			.doesNotContain(FailingEndpoints.SECRET, "IllegalStateException", "at com.guanjia", "Whitelabel");
	}

	@Test
	void anUnexpectedFailureThroughTheApiIsAProblemWithoutInternals() {
		String token = token();
		Page page = new TextBrowser().getWith(url("/api/test-failures/unexpected"),
				Map.of("Authorization", "Bearer " + token, "Accept", "application/json"));
		assertThat(page.status()).isEqualTo(500);
		assertThat(page.body()).contains("\"status\":500")
			.doesNotContain(FailingEndpoints.SECRET, "IllegalStateException", "at com.guanjia", "trace");
	}

	@Test
	void anAddressThatDoesNotExistIsNotFoundOnAPageAndThroughTheApi() {
		TextBrowser browser = signedIn();
		Page page = browser.getWith(url("/no-such-page"), Map.of("Accept", "text/html"));
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).contains("页面不存在").doesNotContain("意外错误", "Whitelabel", "at org.");

		String token = token();
		Page api = new TextBrowser().getWith(url("/api/no-such-resources"),
				Map.of("Authorization", "Bearer " + token, "Accept", "application/json"));
		assertThat(api.status()).isEqualTo(404);
		assertThat(api.body()).contains("404").doesNotContain("at org.", "trace");
	}

	String token() {
		Page issued = new TextBrowser().postJson(url("/api/auth/token"),
				"{\"username\": \"%s\", \"password\": \"%s\"}".formatted(agent.getUsername(), Fixtures.PASSWORD),
				Map.of());
		Matcher m = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(issued.body());
		assertThat(m.find()).as(issued.body()).isTrue();
		return m.group(1);
	}

	TextBrowser signedIn() {
		TextBrowser browser = new TextBrowser();
		Page login = browser.get(url("/login"));
		Page done = browser.postForm(url("/login"),
				Map.of("username", agent.getUsername(), "password", Fixtures.PASSWORD, "_csrf", login.csrfToken()));
		assertThat(done.redirectsTo("/")).isTrue();
		return browser;
	}

}
