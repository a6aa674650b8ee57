package com.guanjia.platform.db;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Transaction-scoped PostgreSQL advisory locks, keyed by community and a text key. The
 * one place the {@code pg_advisory_xact_lock} idiom lives: a second transaction asking
 * for the same (community, key) waits until the first commits or rolls back, across
 * instances (they share the database). Use it where a unique index cannot express the
 * rule: an idempotency key checked before the work, a cashier's day closed while a
 * payment is being taken.
 */
@Component
public class AdvisoryLocks {

	private final JdbcClient jdbc;

	AdvisoryLocks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Waits for and takes the lock on {@code (communityId, key)} until the current
	 * transaction ends. Must be called inside a transaction.
	 */
	public void lockForTransaction(long communityId, String key) {
		jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))")
			.params((int) communityId, key)
			.query((rs, i) -> 1)
			.list();
	}

	/** A lock for the whole database (no community), e.g. seeding demo data once. */
	public void lockGlobally(String key) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").params(key).query((rs, i) -> 1).list();
	}

}
