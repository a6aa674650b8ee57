package com.guanjia.scheduling;

import static com.guanjia.platform.db.SqlTime.instant;
import static com.guanjia.platform.db.SqlTime.utc;
import static com.guanjia.platform.db.SqlTime.utcOrNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.guanjia.scheduling.Deadlines.Subject;
import com.guanjia.shared.ConflictException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves deadline clocks; every statement but the check's names the community. A
 * subject's clocks are locked while one of its steps changes them; the check claims due
 * clocks with {@code for update skip locked}, so two checks (two instances) never fire
 * one twice (decision 0008). Saving checks the version.
 */
@Repository
class DeadlineClockRepository {

	private static final String COLUMNS = """
			id, community_id, subject_type, subject_id, kind, rule_key, started_at, due_at, warn_at, state,
			warned_at, breached_at, met_at, responsible_staff_id, level, paused_at, paused_total_seconds, version""";

	private final JdbcClient jdbc;

	DeadlineClockRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts a new clock and answers it as stored (with its id). */
	DeadlineView insert(DeadlineClock clock) {
		DeadlineView c = clock.view();
		return jdbc.sql("""
				insert into deadline (community_id, subject_type, subject_id, kind, rule_key, started_at, due_at,
				  warn_at, state, responsible_staff_id, level)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""" + " returning " + COLUMNS)
			.params(c.communityId(), c.subjectType(), c.subjectId(), c.kind().name(), c.ruleKey(), utc(c.startedAt()),
					utc(c.dueAt()), utc(c.warnAt()), c.state().name(), c.responsibleStaffId(), c.level())
			.query(DeadlineClockRepository::view)
			.single();
	}

	/**
	 * The subject's clocks that a step may still change (running, paused, or missed and
	 * not yet met), locked for the rest of the transaction.
	 */
	List<DeadlineClock> lockUnfinished(long communityId, Subject subject) {
		return jdbc.sql("select " + COLUMNS + " from deadline " + """
				where community_id = ? and subject_type = ? and subject_id = ?
				  and (state in ('RUNNING', 'PAUSED') or (state = 'BREACHED' and met_at is null))
				order by id for update""")
			.params(communityId, subject.type(), subject.id())
			.query(DeadlineClockRepository::clock)
			.list();
	}

	/**
	 * Running clocks whose warning time has come, claimed (skipping those locked); of one
	 * community, or of all when {@code communityId} is null.
	 */
	List<DeadlineClock> claimWarnings(@Nullable Long communityId, Instant now, int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from deadline "
					+ "where state = 'RUNNING' and warned_at is null and warn_at <= :now and due_at > :now"
					+ inCommunity(communityId) + " order by warn_at limit :limit for update skip locked")
			.params(claim(communityId, now, limit))
			.query(DeadlineClockRepository::clock)
			.list();
	}

	/**
	 * Running clocks that are due, claimed (skipping those locked); of one community, or
	 * of all when {@code communityId} is null.
	 */
	List<DeadlineClock> claimBreaches(@Nullable Long communityId, Instant now, int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from deadline where state = 'RUNNING' and due_at <= :now"
					+ inCommunity(communityId) + " order by due_at limit :limit for update skip locked")
			.params(claim(communityId, now, limit))
			.query(DeadlineClockRepository::clock)
			.list();
	}

	private static String inCommunity(@Nullable Long communityId) {
		return communityId == null ? "" : " and community_id = :community";
	}

	private static Map<String, Object> claim(@Nullable Long communityId, Instant now, int limit) {
		Map<String, Object> params = new HashMap<>(Map.of("now", utc(now), "limit", limit));
		if (communityId != null) {
			params.put("community", communityId);
		}
		return params;
	}

	/** Saves a loaded clock; {@code ConflictException} when it changed since. */
	void save(DeadlineClock clock) {
		DeadlineView c = clock.view();
		int updated = jdbc.sql("""
				update deadline set state = ?, due_at = ?, warn_at = ?, paused_at = ?, paused_total_seconds = ?,
				  warned_at = ?, breached_at = ?, met_at = ?, responsible_staff_id = ?, version = version + 1
				where community_id = ? and id = ? and version = ?""")
			.params(c.state().name(), utc(c.dueAt()), utc(c.warnAt()), utcOrNull(clock.pausedAt()),
					clock.pausedSeconds(), utcOrNull(c.warnedAt()), utcOrNull(c.breachedAt()), utcOrNull(c.metAt()),
					c.responsibleStaffId(), c.communityId(), c.id(), clock.version())
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
	}

	List<DeadlineView> of(long communityId, Subject subject) {
		return jdbc
			.sql("select " + COLUMNS + " from deadline where community_id = ? and subject_type = ?"
					+ " and subject_id = ? order by id")
			.params(communityId, subject.type(), subject.id())
			.query(DeadlineClockRepository::view)
			.list();
	}

	DeadlineView get(long communityId, long id) {
		return jdbc.sql("select " + COLUMNS + " from deadline where community_id = ? and id = ?")
			.params(communityId, id)
			.query(DeadlineClockRepository::view)
			.single();
	}

	private static DeadlineClock clock(ResultSet rs, int row) throws SQLException {
		return DeadlineClock.restore(view(rs, row), instant(rs, "paused_at"), rs.getLong("paused_total_seconds"),
				rs.getInt("version"));
	}

	private static DeadlineView view(ResultSet rs, int row) throws SQLException {
		return new DeadlineView(rs.getLong("id"), rs.getLong("community_id"), rs.getString("subject_type"),
				rs.getLong("subject_id"), DeadlineKind.valueOf(rs.getString("kind")), rs.getString("rule_key"),
				Objects.requireNonNull(instant(rs, "started_at")), Objects.requireNonNull(instant(rs, "due_at")),
				Objects.requireNonNull(instant(rs, "warn_at")), DeadlineState.valueOf(rs.getString("state")),
				instant(rs, "warned_at"), instant(rs, "breached_at"), instant(rs, "met_at"),
				(Long) rs.getObject("responsible_staff_id"), rs.getInt("level"));
	}

}
