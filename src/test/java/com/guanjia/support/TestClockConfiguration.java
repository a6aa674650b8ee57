package com.guanjia.support;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the system clock with one tests can move; it starts at 2026-11-30 02:00 UTC
 * (10:00 in Shanghai).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	public static final Instant START = Instant.parse("2026-11-30T02:00:00Z");

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(START);
	}

}
