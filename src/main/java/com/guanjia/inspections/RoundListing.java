package com.guanjia.inspections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import com.guanjia.platform.db.SqlTime;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lists of rounds (read side of {@link RoundRepository}): from each round's row and
 * its counters, without loading checkpoints.
 */
@Repository
class RoundListing {

	private final JdbcClient jdbc;

	RoundListing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Rounds whose window overlaps [from, to), or that are still open from before and
	 * late; of one assignee (and the pool) when asked.
	 */
	List<RoundView> overlapping(long communityId, Instant from, Instant to, @Nullable Long assignee, Instant now) {
		return jdbc.sql("""
				select * from inspection_round where community_id = :c
				  and ((window_start < :to and window_end > :from)
				    or (status in ('DUE', 'IN_PROGRESS', 'MISSED') and window_end <= :from and window_end > :since))
				  and (cast(:assignee as bigint) is null or assignee_staff_id = :assignee or assignee_staff_id is null)
				order by window_start, id""")
			.param("c", communityId)
			.param("from", SqlTime.utc(from))
			.param("to", SqlTime.utc(to))
			.param("since", SqlTime.utc(from.minusSeconds(7 * 86400)))
			.param("assignee", assignee)
			.query((rs, i) -> view(rs, now))
			.list();
	}

	/**
	 * Recent rounds that were missed or done late, newest first (the supervisor's list).
	 */
	List<RoundView> lateOrMissed(long communityId, Instant since, Instant now, int limit) {
		return jdbc.sql("""
				select * from inspection_round where community_id = ? and window_start >= ?
				  and (late or missed_at is not null or (status in ('DUE', 'IN_PROGRESS') and window_end < ?))
				order by window_end desc limit ?""")
			.params(communityId, SqlTime.utc(since), SqlTime.utc(now), limit)
			.query((rs, i) -> view(rs, now))
			.list();
	}

	/** Rounds about one subject of another module (a unit's checks), newest first. */
	List<RoundView> ofSubject(long communityId, String subjectKind, long subjectId, Instant now) {
		return jdbc.sql("""
				select * from inspection_round where community_id = ? and subject_kind = ? and subject_id = ?
				order by window_start desc limit 50""")
			.params(communityId, subjectKind, subjectId)
			.query((rs, i) -> view(rs, now))
			.list();
	}

	/**
	 * The open round of the day with this checkpoint still to visit: the caller's own
	 * before the pool's, the nearest window first. Answers the round's id and the
	 * checkpoint's position in it.
	 */
	java.util.Optional<long[]> pendingVisit(long communityId, long checkpointId, Instant from, Instant to, long staffId,
			Instant now) {
		return jdbc.sql("""
				select r.id, v.position from inspection_round r
				join inspection_visit v on v.community_id = r.community_id and v.round_id = r.id
				where r.community_id = :c and v.checkpoint_id = :checkpoint and v.status = 'PENDING'
				  and r.status in ('DUE', 'IN_PROGRESS', 'MISSED') and r.window_start < :to and r.window_end > :from
				  and (r.assignee_staff_id is null or r.assignee_staff_id = :me)
				order by (r.assignee_staff_id is null), abs(extract(epoch from r.window_start - :now)), r.id limit 1""")
			.param("c", communityId)
			.param("checkpoint", checkpointId)
			.param("from", SqlTime.utc(from))
			.param("to", SqlTime.utc(to))
			.param("me", staffId)
			.param("now", SqlTime.utc(now))
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional();
	}

	static RoundView view(ResultSet rs, Instant now) throws SQLException {
		RoundStatus status = RoundStatus.valueOf(rs.getString("status"));
		Instant windowEnd = SqlTime.instant(rs, "window_end");
		boolean open = status == RoundStatus.DUE || status == RoundStatus.IN_PROGRESS || status == RoundStatus.MISSED;
		String subjectKind = rs.getString("subject_kind");
		int checkpoints = rs.getInt("checkpoints");
		int visited = rs.getInt("visited");
		return new RoundView(rs.getLong("id"), rs.getLong("community_id"), RoundKind.valueOf(rs.getString("kind")),
				rs.getString("title"),
				subjectKind == null ? null
						: new RoundSubject(subjectKind, rs.getLong("subject_id"), rs.getString("title")),
				(Long) rs.getObject("assignee_staff_id"), null, SqlTime.instant(rs, "window_start"), windowEnd, status,
				SqlTime.instant(rs, "started_at"), SqlTime.instant(rs, "finished_at"),
				rs.getObject("missed_at") != null, rs.getBoolean("late") || (open && now.isAfter(windowEnd)),
				status == RoundStatus.DONE && visited < checkpoints, checkpoints, visited, rs.getInt("failed_items"),
				List.of(), List.of());
	}

}
