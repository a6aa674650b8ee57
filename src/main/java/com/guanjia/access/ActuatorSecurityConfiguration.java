package com.guanjia.access;

import com.guanjia.platform.security.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * {@code /actuator/**} (issue 9 item 19): the health probes ({@code /actuator/health},
 * {@code /actuator/health/liveness}, {@code /actuator/health/readiness}) are open to the
 * load balancer; everything else (Prometheus metrics, metrics, info) needs an
 * administrator, by HTTP Basic (what a Prometheus scrape job sends), a bearer token or
 * the console's session. It never creates a session; 401 and 403 are problem details.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain actuatorChain(HttpSecurity http, AuthenticationManager authenticationManager, ApiTokens tokens,
			ApiProblemWriter problems) throws Exception {
		http.securityMatcher("/actuator/**")
			.authenticationManager(authenticationManager)
			.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.hasRole(Role.ADMIN.name()))
			.httpBasic(b -> b.authenticationEntryPoint((req, res, ex) -> {
				problems.write(req, res, 401, "error.unauthenticated");
				// beside the writer's Bearer challenge (the body is still buffered)
				res.addHeader("WWW-Authenticate", "Basic realm=\"Guanjia\"");
			}))
			.addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache(c -> c.disable())
			.exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> {
				problems.write(req, res, 401, "error.unauthenticated");
				// beside the writer's Bearer challenge (the body is still buffered)
				res.addHeader("WWW-Authenticate", "Basic realm=\"Guanjia\"");
			}).accessDeniedHandler((req, res, ex) -> problems.write(req, res, 403, "error.forbidden")));
		return http.build();
	}

}
