package com.guanjia.inspections;

import java.util.ArrayList;
import java.util.List;

import com.guanjia.platform.db.SqlTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only history of the module's models ({@code inspection_history}): each
 * repository appends the steps its model took when it saves it.
 */
@Repository
class InspectionHistory {

	static final String ROUND = "ROUND";

	static final String FINDING = "FINDING";

	static final String RECTIFICATION = "RECTIFICATION";

	static final String EVALUATION = "EVALUATION";

	private final JdbcClient jdbc;

	InspectionHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(long communityId, String subject, long subjectId, List<Aggregate.Step> steps) {
		for (Aggregate.Step s : steps) {
			jdbc.sql("""
					insert into inspection_history (community_id, subject, subject_id, at, actor, action, from_status,
					  to_status, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(communityId, subject, subjectId, SqlTime.utc(s.at()), s.actor(), s.action(), s.from(), s.to(),
						s.note())
				.update();
		}
	}

	/** One subject's steps to append with {@link #appendAll}. */
	record Steps(long communityId, String subject, long subjectId, List<Aggregate.Step> steps) {
	}

	/** The steps of many subjects in one statement (a month-end run's evaluations). */
	void appendAll(List<Steps> all) {
		List<Long> communities = new ArrayList<>();
		List<String> subjects = new ArrayList<>();
		List<Long> ids = new ArrayList<>();
		List<Aggregate.Step> steps = new ArrayList<>();
		for (Steps s : all) {
			for (Aggregate.Step step : s.steps()) {
				communities.add(s.communityId());
				subjects.add(s.subject());
				ids.add(s.subjectId());
				steps.add(step);
			}
		}
		if (steps.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into inspection_history (community_id, subject, subject_id, at, actor, action, from_status,
				  to_status, note)
				select c, s, i, cast(t as timestamptz), a, x, f, o, n
				from unnest(cast(? as bigint[]), cast(? as text[]), cast(? as bigint[]), cast(? as text[]),
				  cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]))
				  with ordinality as h(c, s, i, t, a, x, f, o, n, k) order by k""")
			.params(communities.toArray(Long[]::new), subjects.toArray(String[]::new), ids.toArray(Long[]::new),
					steps.stream().map(s -> s.at().toString()).toArray(String[]::new),
					steps.stream().map(Aggregate.Step::actor).toArray(String[]::new),
					steps.stream().map(Aggregate.Step::action).toArray(String[]::new),
					steps.stream().map(Aggregate.Step::from).toArray(String[]::new),
					steps.stream().map(Aggregate.Step::to).toArray(String[]::new),
					steps.stream().map(Aggregate.Step::note).toArray(String[]::new))
			.update();
	}

	List<HistoryEntry> of(long communityId, String subject, long subjectId) {
		return jdbc.sql("""
				select at, actor, action, from_status, to_status, note from inspection_history
				where community_id = ? and subject = ? and subject_id = ? order by id""")
			.params(communityId, subject, subjectId)
			.query((rs, i) -> new HistoryEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6)))
			.list();
	}

}
