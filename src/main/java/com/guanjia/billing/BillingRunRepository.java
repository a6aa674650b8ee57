package com.guanjia.billing;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import com.guanjia.billing.RunView.RunStatus;
import com.guanjia.platform.db.SqlTime;
import com.guanjia.shared.ConflictException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves {@link BillingRun}s, and moves a run's cursor chunk by chunk. A step
 * loads the run {@code for update}, so two commits of one run take turns: the chunks are
 * written once, and only one of them finishes the run.
 */
@Repository
class BillingRunRepository {

	private final JdbcClient jdbc;

	BillingRunRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<BillingRun> find(List<Long> communityIds, long id) {
		return jdbc.sql("select * from billing_run where community_id = any(?) and id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query(BillingRunRepository::map)
			.optional();
	}

	Optional<BillingRun> findForUpdate(long communityId, long id) {
		return jdbc.sql("select * from billing_run where community_id = ? and id = ? for update")
			.params(communityId, id)
			.query(BillingRunRepository::map)
			.optional();
	}

	List<BillingRun> recent(long communityId) {
		return jdbc.sql("select * from billing_run where community_id = ? order by id desc limit 50")
			.param(communityId)
			.query(BillingRunRepository::map)
			.list();
	}

	void insert(BillingRun run) {
		BillingRun.Stored r = run.stored();
		long id = jdbc.sql("""
				insert into billing_run (community_id, first_month, months, status, units, lines, total, preview,
				  started_by, created_at) values (?, ?, ?, ?, ?, 0, 0, ?, ?, ?) returning id""")
			.params(r.communityId(), Date.valueOf(r.firstMonth().atDay(1)), r.months(), r.status().name(), r.units(),
					r.preview(), r.startedBy(), SqlTime.utc(r.createdAt()))
			.query(Long.class)
			.single();
		run.recorded(id);
	}

	/**
	 * Saves a step; {@code error.staleVersion} when the run changed since it was loaded.
	 */
	void save(BillingRun run) {
		BillingRun.Stored r = run.stored();
		int updated = jdbc.sql("""
				update billing_run set status = ?, committed_at = ?, version = version + 1
				where community_id = ? and id = ? and version = ?""")
			.params(r.status().name(), SqlTime.utcOrNull(r.committedAt()), r.communityId(), r.id(), r.version())
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
		run.saved();
	}

	/**
	 * Locks the run for the chunk being written and answers the last unit written (0
	 * before the first chunk).
	 */
	long lockCursor(long communityId, long runId) {
		return jdbc.sql("select cursor_unit from billing_run where community_id = ? and id = ? for update")
			.params(communityId, runId)
			.query(Long.class)
			.single();
	}

	/** Moves the cursor past a written chunk and adds its lines and total. */
	void advance(long communityId, long runId, long lastUnit, int lines, BigDecimal total) {
		jdbc.sql("""
				update billing_run set cursor_unit = ?, lines = lines + ?, total = total + ?, version = version + 1
				where community_id = ? and id = ?""").params(lastUnit, lines, total, communityId, runId).update();
	}

	static BillingRun map(ResultSet rs, int row) throws SQLException {
		return BillingRun.restore(new BillingRun.Stored(rs.getLong("id"), rs.getLong("community_id"),
				YearMonth.from(rs.getDate("first_month").toLocalDate()), rs.getInt("months"),
				RunStatus.valueOf(rs.getString("status")), rs.getInt("units"), rs.getInt("lines"),
				rs.getBigDecimal("total"), rs.getString("preview"), rs.getString("started_by"),
				SqlTime.instant(rs, "created_at"), SqlTime.instant(rs, "committed_at"), rs.getInt("version")));
	}

}
