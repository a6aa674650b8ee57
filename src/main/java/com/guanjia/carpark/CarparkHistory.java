package com.guanjia.carpark;

import java.util.List;
import java.util.Objects;

import com.guanjia.platform.db.SqlTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only history of the module's models ({@code carpark_history}): each
 * repository appends the steps its model took when it saves it.
 */
@Repository
class CarparkHistory {

	static final String CARD = "CARD";

	static final String STAY = "STAY";

	static final String HELD = "HELD";

	static final String SHIFT = "SHIFT";

	static final String SIGHTING = "SIGHTING";

	static final String FINDING = "FINDING";

	private final JdbcClient jdbc;

	CarparkHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(long communityId, String subject, long subjectId, List<Aggregate.Step> steps) {
		for (Aggregate.Step s : steps) {
			jdbc.sql("""
					insert into carpark_history (community_id, subject, subject_id, occurred_at, actor, action,
					  from_status, to_status, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(communityId, subject, subjectId, SqlTime.utc(s.at()), s.actor(), s.action(), s.from(), s.to(),
						s.note() == null || s.note().length() <= 300 ? s.note() : s.note().substring(0, 300))
				.update();
		}
	}

	List<HistoryLine> of(long communityId, String subject, long subjectId) {
		return jdbc.sql("""
				select occurred_at, actor, action, from_status, to_status, note from carpark_history
				where community_id = ? and subject = ? and subject_id = ? order by id""")
			.params(communityId, subject, subjectId)
			.query((rs, i) -> new HistoryLine(Objects.requireNonNull(SqlTime.instant(rs, "occurred_at")),
					rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
			.list();
	}

}
