package com.guanjia.access;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import com.guanjia.platform.web.ApiRequests;
import com.guanjia.platform.web.Htmx;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two filter chains. {@code /api/**}: a bearer token or an existing console session;
 * problem-details JSON for 401/403; it never creates a session (issue 9 item 13); CSRF is
 * checked when the request rides on a console session and carries no bearer token. The
 * console: form login with throttling, CSRF on every form, sessions in PostgreSQL.
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

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(StaffAuthenticationProvider provider) {
		return new ProviderManager(List.of(provider));
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, ApiProblemWriter problems,
			AuthenticationManager authenticationManager) throws Exception {
		http.securityMatcher(ApiRequests.PATTERN)
			.authenticationManager(authenticationManager)
			.authorizeHttpRequests(
					a -> a.requestMatchers(HttpMethod.POST, "/api/auth/token").permitAll().anyRequest().authenticated())
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
	SecurityFilterChain consoleChain(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
		LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
		http.authenticationManager(authenticationManager)
			.authorizeHttpRequests(a -> a
				.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error",
						"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureHandler((req, res, ex) -> {
				if (ex instanceof LoginThrottledException throttled) {
					req.getSession()
						.setAttribute(LoginThrottledException.WAIT_SECONDS, throttled.retryAfter().toSeconds());
				}
				res.sendRedirect(req.getContextPath()
						+ (ex instanceof LoginThrottledException ? "/login?locked" : "/login?error"));
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
