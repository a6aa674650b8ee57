package com.guanjia.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.ConsoleLogin;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 9 item 12: the console's Content-Security-Policy allows no inline script (and no
 * template has one), the Referrer-Policy keeps addresses on this server, HSTS and
 * {@code Secure} cookies come with HTTPS (told by a trusted proxy only), and the OpenAPI
 * document and Swagger UI are public by default (behind the login with
 * {@code guanjia.api-docs.public=false}). HSTS and {@code Secure} cookies behind a proxy:
 * {@link HttpsBehindProxyTests}, on the real server.
 */
@GuanjiaTest
class SecurityHeadersTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	StaffUser agent;

	@BeforeEach
	void setUp() {
		agent = fixtures.staff(Role.AGENT, fixtures.community("安全小区").id());
	}

	@Test
	void theConsoleAllowsNoInlineScript() throws Exception {
		MockHttpServletResponse login = mvc.perform(get("/login"))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse();
		String policy = login.getHeader("Content-Security-Policy");
		assertThat(policy).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
				"base-uri 'self'");
		String scripts = directive(policy, "script-src");
		assertThat(scripts).isEqualTo("script-src 'self'");
		Cookie session = ConsoleLogin.session(mvc, agent.getUsername(), Fixtures.PASSWORD);
		mvc.perform(get("/units").cookie(session))
			.andExpect(header().string("Content-Security-Policy", policy))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
		String token = ConsoleLogin.bearerToken(mvc, agent.getUsername(), Fixtures.PASSWORD);
		mvc.perform(get("/api/communities").header("Authorization", "Bearer " + token))
			.andExpect(header().string("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"));
	}

	@Test
	void noTemplateHasAnInlineScriptOrEventAttribute() throws IOException {
		Pattern inlineScript = Pattern.compile("<script(?![^>]*\\b(th:)?src=)(?![^>]*type=\"application/json\")[^>]*>");
		Pattern eventAttribute = Pattern.compile("\\s(th:)?on[a-z]+\\s*=|th:attr=\"on[a-z]+=|javascript:",
				Pattern.CASE_INSENSITIVE);
		List<String> offending;
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			offending = files.filter(f -> f.toString().endsWith(".html")).flatMap(f -> {
				try {
					String html = Files.readString(f);
					Matcher script = inlineScript.matcher(html);
					Matcher event = eventAttribute.matcher(html);
					return Stream.of(script.find() ? f + ": " + script.group() : null,
							event.find() ? f + ": " + event.group().strip() : null);
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).filter(s -> s != null).toList();
		}
		assertThat(offending).as("inline script the Content-Security-Policy would block").isEmpty();
	}

	@Test
	void theOpenApiDocumentAndSwaggerUiArePublicByDefaultAndTheApiIsNot() throws Exception {
		// Clients (and independent probes) generate their requests from the document
		// before they have an account; the operations it describes still need a login.
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").exists())
			.andExpect(header().doesNotExist("Set-Cookie"));
		mvc.perform(get("/swagger-ui/index.html"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-eval"))));
		mvc.perform(get("/api/units").param("communityId", "1"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("error.unauthenticated"));

		String token = ConsoleLogin.bearerToken(mvc, agent.getUsername(), Fixtures.PASSWORD);
		mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		Cookie session = ConsoleLogin.session(mvc, agent.getUsername(), Fixtures.PASSWORD);
		mvc.perform(get("/v3/api-docs").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void guanjiaApiDocsPublicFalsePutsTheDocumentBehindTheLogin() {
		Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		Authentication signedIn = UsernamePasswordAuthenticationToken.authenticated(agent, null,
				agent.getAuthorities());
		RequestAuthorizationContext request = new RequestAuthorizationContext(
				new MockHttpServletRequest("GET", "/v3/api-docs"));

		assertThat(SecurityConfiguration.apiDocsAccess(false).authorize(() -> anonymous, request).isGranted())
			.isFalse();
		assertThat(SecurityConfiguration.apiDocsAccess(false).authorize(() -> signedIn, request).isGranted()).isTrue();
		assertThat(SecurityConfiguration.apiDocsAccess(true).authorize(() -> anonymous, request).isGranted()).isTrue();
	}

	static String directive(String policy, String name) {
		for (String d : policy.split(";")) {
			if (d.strip().startsWith(name + " ")) {
				return d.strip();
			}
		}
		throw new AssertionError("no " + name + " in " + policy);
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
