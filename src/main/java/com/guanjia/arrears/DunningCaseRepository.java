package com.guanjia.arrears;

import static com.guanjia.platform.db.SqlTime.instant;
import static com.guanjia.platform.db.SqlTime.utc;
import static com.guanjia.platform.db.SqlTime.utcOrNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.guanjia.arrears.ArrearsViews.Action;
import com.guanjia.arrears.DunningCase.RestoreTask;
import com.guanjia.arrears.DunningCase.Taken;
import com.guanjia.shared.ConflictException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves dunning cases with their history ({@code dunning_action}) and restore
 * task, and reads the ladder, the steps and the restore tasks the pages list. Every
 * statement names the community. A step loads the case with {@code for update} and saves
 * it with the version check.
 */
@Repository
class DunningCaseRepository {

	private static final String COLUMNS = """
			k.community_id, k.id, k.unit_id, k.opened_at, k.closed_at, k.closed_reason, k.supply_cut, k.arrears_reason,
			k.arrears_reason_note, k.version,
			t.id as task_id, t.created_at as task_created_at, t.done_at as task_done_at, t.done_by as task_done_by""";

	private static final String FROM = """
			from dunning_case k
			left join restore_task t on t.community_id = k.community_id and t.case_id = k.id""";

	private final JdbcClient jdbc;

	DunningCaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Ids for new rows, so the case and its events are whole before saving. */
	long nextId() {
		return next("dunning_case");
	}

	long nextActionId() {
		return next("dunning_action");
	}

	long nextRestoreTaskId() {
		return next("restore_task");
	}

	private long next(String table) {
		return jdbc.sql("select nextval(pg_get_serial_sequence(?, 'id'))").param(table).query(Long.class).single();
	}

	/** The unit's open case with its history, locked for the rest of the transaction. */
	Optional<DunningCase> lockOpen(long communityId, long unitId) {
		return jdbc
			.sql("select " + COLUMNS + " " + FROM
					+ " where k.community_id = ? and k.unit_id = ? and k.closed_at is null for update of k")
			.params(communityId, unitId)
			.query((rs, i) -> row(rs))
			.optional()
			.map(this::withHistory);
	}

	/**
	 * The case a restore task belongs to, locked, when it lies in the given communities.
	 */
	Optional<DunningCase> lockByRestoreTask(List<Long> communityIds, long taskId) {
		return jdbc
			.sql("select " + COLUMNS + " " + FROM + " where k.community_id = any(?) and t.id = ? for update of k")
			.params(communityIds.toArray(Long[]::new), taskId)
			.query((rs, i) -> row(rs))
			.optional()
			.map(this::withHistory);
	}

	/**
	 * The community's open cases with their histories, by unit (for the arrears list).
	 */
	Map<Long, DunningCase> openCases(long communityId) {
		Map<Long, Row> rows = new HashMap<>();
		jdbc.sql("select " + COLUMNS + " " + FROM + " where k.community_id = ? and k.closed_at is null")
			.param(communityId)
			.query((rs, i) -> row(rs))
			.list()
			.forEach(r -> rows.put(r.id(), r));
		Map<Long, List<Taken>> histories = new HashMap<>();
		jdbc.sql("""
				select a.case_id, a.id, a.step, a.done_at from dunning_action a
				join dunning_case k on k.community_id = a.community_id and k.id = a.case_id
				where a.community_id = ? and k.closed_at is null order by a.id""").param(communityId).query(rs -> {
			histories.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(taken(rs));
		});
		Map<Long, DunningCase> byUnit = new HashMap<>();
		rows.values().forEach(r -> byUnit.put(r.unitId(), r.toCase(histories.getOrDefault(r.id(), List.of()))));
		return byUnit;
	}

	/**
	 * Inserts a new case or updates a loaded one ({@code ConflictException} when it
	 * changed since), appends its new steps and writes its restore task.
	 */
	void save(DunningCase c) {
		if (c.isNew()) {
			jdbc.sql("""
					insert into dunning_case (community_id, id, unit_id, opened_at, supply_cut, arrears_reason,
					  arrears_reason_note)
					overriding system value values (?, ?, ?, ?, ?, ?, ?)""")
				.params(c.communityId(), c.id(), c.unitId(), utc(c.openedAt()), c.supplyCut(), reasonName(c),
						c.reasonNote())
				.update();
		}
		else {
			int updated = jdbc.sql("""
					update dunning_case set closed_at = ?, closed_reason = ?, supply_cut = ?, arrears_reason = ?,
					  arrears_reason_note = ?, version = version + 1
					where community_id = ? and id = ? and version = ?""")
				.params(utcOrNull(c.closedAt()), c.closedReason(), c.supplyCut(), reasonName(c), c.reasonNote(),
						c.communityId(), c.id(), c.version())
				.update();
			if (updated == 0) {
				throw new ConflictException("error.staleVersion");
			}
		}
		for (DunningCase.Action a : c.actions()) {
			jdbc.sql(
					"""
							insert into dunning_action (community_id, id, case_id, unit_id, step, channel, note, dispatch_no, owed,
							  done_by, done_at)
							overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(c.communityId(), a.id(), c.id(), c.unitId(), a.step(), a.channel(), a.note(), a.dispatchNo(),
						a.owed(), a.doneBy(), utc(a.at()))
				.update();
		}
		RestoreTask task = c.restoreTask();
		if (c.restoreChanged() && task != null) {
			jdbc.sql(
					"""
							insert into restore_task (community_id, id, unit_id, case_id, created_at, done_at, done_by)
							overriding system value values (?, ?, ?, ?, ?, ?, ?)
							on conflict (community_id, id) do update set done_at = excluded.done_at, done_by = excluded.done_by""")
				.params(c.communityId(), task.id(), c.unitId(), c.id(), utc(task.createdAt()), utcOrNull(task.doneAt()),
						task.doneBy())
				.update();
		}
	}

	private static @Nullable String reasonName(DunningCase c) {
		return c.reason() == null ? null : c.reason().name();
	}

	/**
	 * Claims the quarter-end sweep of a community (once across instances: a second claim
	 * of the same quarter waits for the first's transaction and then finds the row).
	 */
	boolean claimSweep(long communityId, String quarter, Instant now) {
		return jdbc.sql("""
				insert into dunning_sweep (community_id, quarter, ran_at, units, total) values (?, ?, ?, 0, 0)
				on conflict do nothing""").params(communityId, quarter, utc(now)).update() == 1;
	}

	void finishSweep(long communityId, String quarter, int units, java.math.BigDecimal total) {
		jdbc.sql("update dunning_sweep set units = ?, total = ? where community_id = ? and quarter = ?")
			.params(units, total, communityId, quarter)
			.update();
	}

	List<ArrearsViews.Sweep> sweeps(long communityId) {
		return jdbc.sql(
				"select quarter, ran_at, units, total from dunning_sweep where community_id = ? order by quarter desc limit 8")
			.param(communityId)
			.query((rs, i) -> new ArrearsViews.Sweep(rs.getString("quarter"),
					Objects.requireNonNull(instant(rs, "ran_at")), rs.getInt("units"),
					rs.getBigDecimal("total").toPlainString()))
			.list();
	}

	/** Every step taken for the unit, over all its cases, newest first. */
	List<Action> actions(long communityId, long unitId) {
		return jdbc.sql("select * from dunning_action where community_id = ? and unit_id = ? order by id desc")
			.params(communityId, unitId)
			.query((rs, i) -> new Action(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("step"),
					rs.getString("channel"), rs.getString("note"), rs.getString("dispatch_no"),
					rs.getBigDecimal("owed").toPlainString(), rs.getString("done_by"),
					Objects.requireNonNull(instant(rs, "done_at")), rs.getBoolean("legacy"), rs.getString("done_by")))
			.list();
	}

	/** A restore task as the list shows it, the unit by id. */
	record RestoreRow(long id, long unitId, Instant createdAt, @Nullable Instant doneAt, @Nullable String doneBy) {
	}

	/** The community's restore tasks, open ones first, then the latest (at most 100). */
	List<RestoreRow> restoreTasks(long communityId) {
		return jdbc
			.sql("select * from restore_task where community_id = ? order by done_at nulls first, id desc limit 100")
			.param(communityId)
			.query((rs, i) -> new RestoreRow(rs.getLong("id"), rs.getLong("unit_id"),
					Objects.requireNonNull(instant(rs, "created_at")), instant(rs, "done_at"), rs.getString("done_by")))
			.list();
	}

	// --- mapping -----------------------------------------------------------------------

	private DunningCase withHistory(Row r) {
		return r.toCase(jdbc
			.sql("select id, step, done_at from dunning_action where community_id = ? and case_id = ? order by id")
			.params(r.communityId(), r.id())
			.query((rs, i) -> new Taken(rs.getLong("id"), rs.getString("step"),
					Objects.requireNonNull(instant(rs, "done_at"))))
			.list());
	}

	private static Taken taken(ResultSet rs) throws SQLException {
		return new Taken(rs.getLong("id"), rs.getString("step"), Objects.requireNonNull(instant(rs, "done_at")));
	}

	/** A case's row, before its history is read. */
	private record Row(long communityId, long id, long unitId, Instant openedAt, @Nullable Instant closedAt,
			@Nullable String closedReason, boolean supplyCut, @Nullable ArrearsReason reason,
			@Nullable String reasonNote, @Nullable RestoreTask task, int version) {

		DunningCase toCase(List<Taken> history) {
			return DunningCase
				.restore(id, communityId, unitId, openedAt, closedAt, closedReason, supplyCut, history, task, version)
				.withReason(reason, reasonNote);
		}

	}

	private static Row row(ResultSet rs) throws SQLException {
		long taskId = rs.getLong("task_id");
		RestoreTask task = rs.wasNull() ? null
				: new RestoreTask(taskId, Objects.requireNonNull(instant(rs, "task_created_at")),
						instant(rs, "task_done_at"), rs.getString("task_done_by"));
		return new Row(rs.getLong("community_id"), rs.getLong("id"), rs.getLong("unit_id"),
				Objects.requireNonNull(instant(rs, "opened_at")), instant(rs, "closed_at"),
				rs.getString("closed_reason"), rs.getBoolean("supply_cut"),
				rs.getString("arrears_reason") == null ? null : ArrearsReason.valueOf(rs.getString("arrears_reason")),
				rs.getString("arrears_reason_note"), task, rs.getInt("version"));
	}

}
