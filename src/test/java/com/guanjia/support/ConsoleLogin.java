package com.guanjia.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Signs in the way a browser does, through the real filter chain: fetch the login page (a
 * session and its CSRF token), post the form, keep the {@code SESSION} cookie. No test
 * shortcuts, so the throttling, CSRF and Spring Session JDBC all take part.
 */
public final class ConsoleLogin {

	private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private ConsoleLogin() {
	}

	/**
	 * The outcome of a login form post: where it redirected and the session cookie to use
	 * next.
	 */
	public record Attempt(@Nullable String redirectedTo, @Nullable Cookie session) {
	}

	/** Posts the login form with a valid CSRF token, as a browser would. */
	public static Attempt attempt(MockMvc mvc, String username, String password) throws Exception {
		MockHttpServletResponse page = mvc.perform(get("/login")).andReturn().getResponse();
		Cookie session = page.getCookie("SESSION");
		String token = find(HIDDEN_CSRF, page.getContentAsString());
		var request = post("/login").param("username", username).param("password", password).param("_csrf", token);
		if (session != null) {
			request.cookie(session);
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		Cookie next = response.getCookie("SESSION");
		return new Attempt(response.getRedirectedUrl(), next != null ? next : session);
	}

	/** Signs in and returns the session cookie; fails unless the login succeeded. */
	public static Cookie session(MockMvc mvc, String username, String password) throws Exception {
		Attempt attempt = attempt(mvc, username, password);
		if (!"/".equals(attempt.redirectedTo()) || attempt.session() == null) {
			throw new AssertionError("login of " + username + " failed: redirected to " + attempt.redirectedTo());
		}
		return attempt.session();
	}

	/** The CSRF token a console page of this session carries (for htmx and API calls). */
	public static String csrfToken(MockMvc mvc, Cookie session) throws Exception {
		String html = mvc.perform(get("/").cookie(session)).andReturn().getResponse().getContentAsString();
		return find(META_CSRF, html);
	}

	/** A bearer token from POST /api/auth/token. */
	public static String bearerToken(MockMvc mvc, String username, String password) throws Exception {
		String body = mvc
			.perform(post("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, password)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher m = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(body);
		if (!m.find()) {
			throw new AssertionError("no token issued: " + body);
		}
		return m.group(1);
	}

	static String find(Pattern pattern, String html) {
		Matcher m = pattern.matcher(html);
		if (!m.find()) {
			throw new AssertionError("no CSRF token in the page");
		}
		return m.group(1);
	}

}
