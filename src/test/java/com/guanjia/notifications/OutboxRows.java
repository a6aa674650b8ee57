package com.guanjia.notifications;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads outbox rows for the delivery tests, and makes phones no other test uses. */
@Component
class OutboxRows {

	private static final AtomicLong PHONES = new AtomicLong(System.nanoTime() % 10_000_000);

	private final JdbcClient jdbc;

	OutboxRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A mobile number (199…) no demo resident and no other test has. */
	static String phone() {
		return "199" + String.format("%08d", PHONES.incrementAndGet() % 100_000_000);
	}

	record Row(long id, String status, int attempts, @Nullable Instant nextAttemptAt, @Nullable Instant sentAt,
			@Nullable String lastError, @Nullable String provider, @Nullable String providerRef, String text,
			@Nullable String phone) {
	}

	Row byKey(long communityId, String eventKey) {
		return jdbc.sql("""
				select id, status, attempts, next_attempt_at, sent_at, last_error, provider, provider_ref, text,
				  recipient_phone from notification_outbox where community_id = ? and event_key = ?""")
			.params(communityId, eventKey)
			.query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getInt(3),
					rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
					rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getString(6),
					rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)))
			.single();
	}

	List<String> attemptOutcomes(long communityId, long id) {
		return jdbc
			.sql("select outcome from notification_outbox_attempt where community_id = ? and outbox_id = ? "
					+ "order by id")
			.params(communityId, id)
			.query(String.class)
			.list();
	}

}
