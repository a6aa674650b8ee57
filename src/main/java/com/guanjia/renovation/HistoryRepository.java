package com.guanjia.renovation;

import static com.guanjia.platform.db.SqlTime.instant;
import static com.guanjia.platform.db.SqlTime.utc;

import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The history of every record of the module with a status ({@code renovation_history},
 * append-only): the repositories append the steps a model took, the services read a
 * record's lines for its page.
 */
@Repository
class HistoryRepository {

	/** The kinds of record, as stored in {@code record_kind}. */
	static final String RENOVATION = "RENOVATION";

	static final String WORKER_PASS = "WORKER_PASS";

	static final String OVERTIME = "OVERTIME";

	static final String WATER_TEST = "WATER_TEST";

	static final String VIOLATION = "VIOLATION";

	static final String MATERIAL = "MATERIAL";

	static final String GOODS_PASS = "GOODS_PASS";

	/** The message-key prefixes of each kind's steps and states. */
	private static final java.util.Map<String, String[]> KEYS = java.util.Map.of(RENOVATION,
			new String[] { "renovation.action.", "renovation.status." }, WORKER_PASS,
			new String[] { "workerPass.action.", "workerPass.status." }, OVERTIME,
			new String[] { "overtime.action.", "overtime.status." }, WATER_TEST,
			new String[] { "waterTest.action.", "waterTest.status." }, VIOLATION,
			new String[] { "violation.action.", "violation.status." }, MATERIAL,
			new String[] { "material.action.", "material.status." }, GOODS_PASS,
			new String[] { "goodsPass.action.", "goodsPass.status." });

	private final JdbcClient jdbc;

	HistoryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(long communityId, String kind, long recordId, List<Aggregate.Step> steps) {
		for (Aggregate.Step s : steps) {
			jdbc.sql("""
					insert into renovation_history (community_id, record_kind, record_id, occurred_at, actor, action,
					  from_status, to_status, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(communityId, kind, recordId, utc(s.at()), s.actor(), s.action(), s.from(), s.to(),
						s.note() == null || s.note().length() <= 500 ? s.note() : s.note().substring(0, 500))
				.update();
		}
	}

	List<HistoryLine> lines(long communityId, String kind, long recordId) {
		String[] keys = KEYS.get(kind);
		return jdbc.sql("""
				select occurred_at, actor, action, from_status, to_status, note from renovation_history
				where community_id = ? and record_kind = ? and record_id = ? order by id""")
			.params(communityId, kind, recordId)
			.query((rs, i) -> {
				String from = rs.getString("from_status");
				return new HistoryLine(Objects.requireNonNull(instant(rs, "occurred_at")), rs.getString("actor"),
						rs.getString("action"), keys[0] + rs.getString("action"), from == null ? null : keys[1] + from,
						keys[1] + rs.getString("to_status"), rs.getString("note"));
			})
			.list();
	}

}
