package com.guanjia.access;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import com.guanjia.platform.web.ApiRequests;
import com.guanjia.platform.web.Htmx;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.SingleResultAuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two filter chains. {@code /api/**} and the OpenAPI document: a bearer token or an
 * existing console session; problem-details JSON for 401/403; it never creates a session
 * (issue 9 item 13); CSRF is checked when the request rides on a console session and
 * carries no bearer token. The console: form login with throttling, CSRF on every form,
 * sessions in PostgreSQL.
 * <p>
 * Headers (issue 9 item 12): a Content-Security-Policy with no inline script, a
 * same-origin Referrer-Policy, and Spring Security's defaults (HSTS on HTTPS requests —
 * {@code TrustedProxyFilter} tells them — nosniff, frame denial). The OpenAPI document
 * and Swagger UI are open to everyone by default, so that a client can generate its
 * requests from them before it has an account (the API itself needs a login);
 * {@code guanjia.api-docs.public=false} puts them behind the login, springdoc's own
 * {@code springdoc.api-docs.enabled} and {@code springdoc.swagger-ui.enabled} switch them
 * off.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * Only a bearer token frees an API call from the CSRF check: another Authorization
	 * header beside the console's session cookie does not.
	 */
	static boolean carriesBearerToken(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	/**
	 * CSRF protects what a browser's session cookie authenticates. A request without a
	 * session cannot be authenticated by one, so it is not checked (and no token is made
	 * for it, which would create a session); it is refused 401 unless it carries a bearer
	 * token.
	 */
	static boolean needsNoCsrfCheck(HttpServletRequest request) {
		return carriesBearerToken(request) || request.getSession(false) == null;
	}

	/**
	 * The console's pages: scripts only from this server (no inline script or event
	 * attribute: behaviours are bound in {@code static/js}); inline styles stay allowed
	 * for the templates' style attributes and htmx's indicator style.
	 */
	static final String CONSOLE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** JSON answers load nothing and are never framed. */
	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

	static final String[] API_DOCS = { "/v3/api-docs", "/v3/api-docs/**" };

	static final String[] SWAGGER_UI = { "/swagger-ui/**", "/swagger-ui.html" };

	/**
	 * Who may read the OpenAPI document and Swagger UI: anyone when
	 * {@code guanjia.api-docs.public} (the default), else a signed-in user.
	 */
	static AuthorizationManager<RequestAuthorizationContext> apiDocsAccess(boolean publicApiDocs) {
		return publicApiDocs ? SingleResultAuthorizationManager.permitAll()
				: AuthenticatedAuthorizationManager.authenticated();
	}

	private static void headers(HttpSecurity http, String policy) throws Exception {
		http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(policy))
			.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(StaffAuthenticationProvider provider) {
		return new ProviderManager(List.of(provider));
	}

	/**
	 * A request the firewall refuses (an encoded NUL or {@code %} in its path, …) answers
	 * 400, with problem details on the API (issue 9 item 16).
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler(ApiProblemWriter problems) {
		RequestRejectedHandler pages = new HttpStatusRequestRejectedHandler();
		return (request, response, ex) -> {
			if (ApiRequests.is(request)) {
				problems.write(request, response, 400, "error.requestRejected");
			}
			else {
				pages.handle(request, response, ex);
			}
		};
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, ApiProblemWriter problems,
			AuthenticationManager authenticationManager,
			@Value("${guanjia.api-docs.public:true}") boolean publicApiDocs) throws Exception {
		headers(http, API_POLICY);
		http.securityMatcher(ApiRequests.PATTERN, API_DOCS[0], API_DOCS[1])
			.authenticationManager(authenticationManager)
			.authorizeHttpRequests(a -> {
				a.requestMatchers(HttpMethod.POST, "/api/auth/token").permitAll();
				a.requestMatchers(API_DOCS).access(apiDocsAccess(publicApiDocs));
				a.anyRequest().authenticated();
			})
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.csrf(c -> c.ignoringRequestMatchers(SecurityConfiguration::needsNoCsrfCheck,
					r -> "/api/auth/token".equals(r.getRequestURI())))
			.addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
			.requestCache(c -> c.disable())
			.exceptionHandling(e -> e
				.authenticationEntryPoint((req, res, ex) -> problems.write(req, res, 401, "error.unauthenticated"))
				.accessDeniedHandler((req, res, ex) -> problems.write(req, res, 403, "error.forbidden")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain consoleChain(HttpSecurity http, AuthenticationManager authenticationManager,
			@Value("${guanjia.api-docs.public:true}") boolean publicApiDocs) throws Exception {
		LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
		headers(http, CONSOLE_POLICY);
		http.authenticationManager(authenticationManager).authorizeHttpRequests(a -> {
			a.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error",
					"/actuator/health")
				.permitAll();
			a.requestMatchers(SWAGGER_UI).access(apiDocsAccess(publicApiDocs));
			a.anyRequest().authenticated();
		}).formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureHandler((req, res, ex) -> {
			if (ex instanceof LoginThrottledException throttled) {
				req.getSession().setAttribute(LoginThrottledException.WAIT_SECONDS, throttled.retryAfter().toSeconds());
			}
			res.sendRedirect(
					req.getContextPath() + (ex instanceof LoginThrottledException ? "/login?locked" : "/login?error"));
		}).permitAll())
			.logout(l -> l.logoutSuccessUrl("/login?logout"))
			.exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> {
				if (Htmx.isHtmx(req)) {
					// htmx would swap the login page into a fragment; send the whole
					// window there.
					res.setHeader("HX-Redirect", req.getContextPath() + "/login");
					res.setStatus(401);
					return;
				}
				loginPage.commence(req, res, ex);
			}));
		return http.build();
	}

}
