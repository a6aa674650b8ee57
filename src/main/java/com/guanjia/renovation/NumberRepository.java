package com.guanjia.renovation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Hands out the numbers printed on permits, worker passes and goods passes, per
 * community, kind and period. The counter's row is locked by the transaction that takes a
 * number until it commits, so two never get the same; a rolled-back number is skipped
 * (these are not receipts).
 */
@Repository
class NumberRepository {

	private final JdbcClient jdbc;

	NumberRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int next(long communityId, String kind, String period) {
		return jdbc.sql("""
				insert into renovation_number (community_id, kind, period, last) values (?, ?, ?, 1)
				on conflict (community_id, kind, period) do update set last = renovation_number.last + 1
				returning last""").params(communityId, kind, period).query(Integer.class).single();
	}

}
