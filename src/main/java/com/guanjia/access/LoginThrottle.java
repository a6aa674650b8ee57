package com.guanjia.access;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Locks a username for a while after repeated failed logins (default: 5 failures within
 * 15 minutes lock it for 15 minutes). Failures are kept in PostgreSQL, so every instance
 * counts the same ones.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int maxFailures;

	private final Duration window;

	LoginThrottle(JdbcClient jdbc, Clock clock, @Value("${guanjia.login.max-failures:5}") int maxFailures,
			@Value("${guanjia.login.lock-minutes:15}") int lockMinutes) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.window = Duration.ofMinutes(lockMinutes);
	}

	boolean isLocked(String username) {
		return jdbc.sql("select count(*) from login_failure where username = ? and failed_at > ?")
			.params(key(username), now().minus(window))
			.query(Long.class)
			.single() >= maxFailures;
	}

	void recordFailure(String username) {
		jdbc.sql("insert into login_failure (username, failed_at) values (?, ?)").params(key(username), now()).update();
	}

	void reset(String username) {
		jdbc.sql("delete from login_failure where username = ?").param(key(username)).update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	private static String key(String username) {
		String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return u.length() > 50 ? u.substring(0, 50) : u;
	}

}
