package com.guanjia.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import com.guanjia.platform.security.StaffUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opaque bearer tokens for API clients (a mobile app, integrations). Only a SHA-256 hash is stored,
 * so a leaked table does not leak tokens; every instance can check every token.
 */
@Component
class ApiTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final StaffRepository staff;

	private final Clock clock;

	private final Duration lifetime;

	ApiTokens(JdbcClient jdbc, StaffRepository staff, Clock clock,
			@Value("${guanjia.api.token-hours:12}") int lifetimeHours) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.clock = clock;
		this.lifetime = Duration.ofHours(lifetimeHours);
	}

	record IssuedToken(String token, Instant expiresAt) {
	}

	IssuedToken issue(StaffUser user) {
		byte[] raw = new byte[32];
		RANDOM.nextBytes(raw);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
		Instant now = clock.instant();
		Instant expires = now.plus(lifetime);
		jdbc.sql("insert into api_token (token_hash, staff_id, issued_at, expires_at) values (?, ?, ?, ?)")
			.params(hash(token), user.staffId(), utc(now), utc(expires))
			.update();
		return new IssuedToken(token, expires);
	}

	Optional<StaffUser> authenticate(String token) {
		return jdbc.sql("""
				select t.staff_id from api_token t join staff s on s.id = t.staff_id
				where t.token_hash = ? and not t.revoked and t.expires_at > ? and s.enabled""")
			.params(hash(token), utc(clock.instant()))
			.query(Long.class)
			.optional()
			.flatMap(staff::findUser);
	}

	void revoke(String token) {
		jdbc.sql("update api_token set revoked = true where token_hash = ?").param(hash(token)).update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
