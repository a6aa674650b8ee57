package com.guanjia.carpark.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The cameras' path has its own filter chain, ahead of the staff API's: a camera is no
 * staff member and sends its own token, which the staff chain's bearer filter would
 * refuse. Nothing here authenticates: {@code Cameras.receive} checks the token against
 * the stored hashes and answers 401 (problem details) when it is not the named camera's.
 * No session, no CSRF (no cookie is ever involved).
 */
@Configuration(proxyBeanMethods = false)
class CameraSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain cameraChain(HttpSecurity http) throws Exception {
		http.securityMatcher(CameraApiController.PATH)
			.authorizeHttpRequests(a -> a.anyRequest().permitAll())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(c -> c.disable())
			.headers(
					h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
			.requestCache(c -> c.disable());
		return http.build();
	}

}
