package com.guanjia.console;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 9 item 11: switching the community returns to the page the user was on, and only
 * ever to a path on this server, whatever the {@code Referer} says.
 */
@GuanjiaTest
class CommunitySwitchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	StaffUser manager;

	long second;

	@BeforeEach
	void setUp() {
		long first = fixtures.community("阳光花园").id();
		second = fixtures.community("翠湖居").id();
		manager = fixtures.staff(Role.MANAGER, first, second);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "http://localhost/units?page=2|/units?page=2", "http://localhost/|/",
					"http://localhost/work-orders/7#steps|/work-orders/7",
					"https://localhost:8443/billing/runs|/billing/runs" })
	void returnsToThePageTheUserWasOn(String referer, String expected) throws Exception {
		switchWith(referer).andExpect(redirectedUrl(expected));
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://evil.example/phish", "http://localhost.evil.example/units",
			"http://localhost@evil.example/units", "//evil.example/units", "/\\evil.example/units",
			"\\\\evil.example/units", "javascript:alert(1)", "data:text/html,hi", "evil.example/units",
			"http:evil.example", "/%2F%2Fevil.example", "http://localhost//evil.example/units",
			"http://localhost/\\evil.example", "" })
	void neverRedirectsOffThisServer(String referer) throws Exception {
		switchWith(referer).andExpect(result -> {
			String location = result.getResponse().getRedirectedUrl();
			if (location == null || !location.startsWith("/") || location.startsWith("//") || location.contains("\\")
					|| location.contains("evil.example") && !location.startsWith("/%2F")) {
				throw new AssertionError("Referer " + referer + " redirected to " + location);
			}
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://evil.example/phish", "//evil.example/units", "/\\evil.example/units",
			"javascript:alert(1)" })
	void aHostileRefererGoesHome(String referer) throws Exception {
		switchWith(referer).andExpect(redirectedUrl("/"));
	}

	ResultActions switchWith(String referer) throws Exception {
		return mvc.perform(post("/community").with(user(manager))
			.with(csrf())
			.header("Referer", referer)
			.param("communityId", String.valueOf(second)));
	}

}
