package com.guanjia.platform.db;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place an {@code Idempotency-Key} is honoured (issue 9 item 16). A write that
 * takes a key claims it first, in its own transaction: the claim waits for any other
 * request holding the same key (an advisory lock until that transaction ends), then
 * compares the request with the one the key first answered. The same request again is a
 * retry: the caller finds and returns its first result. A different request under the key
 * is refused with {@code idempotency.keyReused} (422) before anything is written. The key
 * is stored with a fingerprint — SHA-256 of the operation and the canonical form of its
 * request — in the caller's transaction, so a request that failed leaves no key behind
 * and may be sent again.
 */
@Component
public class IdempotencyKeys {

	private final JdbcClient jdbc;

	private final AdvisoryLocks locks;

	private final Clock clock;

	IdempotencyKeys(JdbcClient jdbc, AdvisoryLocks locks, Clock clock) {
		this.jdbc = jdbc;
		this.locks = locks;
		this.clock = clock;
	}

	/**
	 * Claims {@code key} in {@code scope} (the feature whose requests share a key space,
	 * e.g. {@code payment}) for the request: {@code operation} names what is done (with
	 * its path's ids among the {@code request} parts), {@code request} is what was sent
	 * (records, lists, numbers, text; amounts compare by value, so 10 and 10.00 are the
	 * same). Answers {@code true} when the key was seen with the same request (a retry),
	 * {@code false} when it is new (now taken); throws when it was used for a different
	 * request. Must be called inside the transaction that does the work.
	 */
	public boolean claim(long communityId, String scope, String key, String operation, @Nullable Object... request) {
		String k = key.strip();
		locks.lockForTransaction(communityId, scope + ":" + k);
		String fingerprint = fingerprint(operation, request);
		var stored = jdbc
			.sql("select fingerprint from idempotency_key where community_id = ? and scope = ? and key = ?")
			.params(communityId, scope, k)
			.query(String.class)
			.optional();
		if (stored.isPresent()) {
			if (!stored.get().equals(fingerprint)) {
				throw new RuleViolationException("idempotency.keyReused", k);
			}
			return true;
		}
		jdbc.sql("""
				insert into idempotency_key (community_id, scope, key, fingerprint, created_at)
				values (?, ?, ?, ?, ?)""")
			.params(communityId, scope, k, fingerprint, SqlTime.utc(clock.instant()))
			.update();
		return false;
	}

	/** SHA-256 (hex) of the operation and the canonical form of the request's parts. */
	static String fingerprint(String operation, @Nullable Object... request) {
		StringBuilder canonical = new StringBuilder(operation).append('\n');
		canonical(canonical, request == null ? null : java.util.Arrays.asList(request));
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Appends an unambiguous text of the value: text with its length, amounts stripped of
	 * trailing zeros, records by component name, maps by sorted key.
	 */
	private static void canonical(StringBuilder out, @Nullable Object value) {
		if (value == null) {
			out.append('~');
		}
		else if (value instanceof CharSequence s) {
			out.append('"').append(s.length()).append(':').append(s);
		}
		else if (value instanceof BigDecimal d) {
			out.append(d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
		}
		else if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
				|| value instanceof TemporalAccessor || value instanceof Character) {
			out.append(value);
		}
		else if (value instanceof Record r) {
			out.append(r.getClass().getSimpleName()).append('(');
			for (RecordComponent c : r.getClass().getRecordComponents()) {
				out.append(c.getName()).append('=');
				canonical(out, component(r, c));
				out.append(',');
			}
			out.append(')');
		}
		else if (value instanceof Collection<?> list) {
			out.append('[');
			for (Object o : list) {
				canonical(out, o);
				out.append(',');
			}
			out.append(']');
		}
		else if (value instanceof Map<?, ?> map) {
			Map<String, Object> sorted = new TreeMap<>();
			map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
			canonical(out,
					sorted.entrySet().stream().map(e -> java.util.Arrays.asList(e.getKey(), e.getValue())).toList());
		}
		else {
			throw new IllegalArgumentException("no canonical form for " + value.getClass().getName());
		}
	}

	private static @Nullable Object component(Record r, RecordComponent c) {
		try {
			var accessor = c.getAccessor();
			accessor.setAccessible(true);
			return accessor.invoke(r);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getName(), ex);
		}
	}

}
