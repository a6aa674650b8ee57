package com.guanjia.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.guanjia.platform.db.SqlTime;
import com.guanjia.platform.security.StaffUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opaque bearer tokens for API clients (a mobile app, integrations). Only a SHA-256 hash
 * is stored, so a leaked table does not leak tokens; every instance can check every
 * token.
 */
@Component
class ApiTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration lifetime;

	ApiTokens(JdbcClient jdbc, Clock clock, @Value("${guanjia.api.token-hours:12}") int lifetimeHours) {
		this.jdbc = jdbc;
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
			.params(hash(token), user.staffId(), SqlTime.utc(now), SqlTime.utc(expires))
			.update();
		return new IssuedToken(token, expires);
	}

	/**
	 * The staff member a valid token belongs to, with the communities they are assigned
	 * to.
	 */
	record Bearer(StaffUser user, List<Long> communityIds) {
	}

	/**
	 * The token's staff member, roles and assignments in one query: an API call pays one
	 * round trip for its authentication and scope (the scope still reads the assignments
	 * on every request, 0003).
	 */
	Optional<Bearer> authenticate(String token) {
		return jdbc.sql("select " + StaffRepository.USER_COLUMNS + """
				, array(select c.community_id from staff_community c where c.staff_id = s.id
				    order by c.community_id) as community_ids
				from api_token t join staff s on s.id = t.staff_id
				where t.token_hash = ? and not t.revoked and t.expires_at > ? and s.enabled""")
			.params(hash(token), SqlTime.utc(clock.instant()))
			.query((rs, i) -> new Bearer(StaffRepository.mapUser(rs, null),
					List.of((Long[]) rs.getArray("community_ids").getArray())))
			.optional();
	}

	void revoke(String token) {
		jdbc.sql("update api_token set revoked = true where token_hash = ?").param(hash(token)).update();
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
