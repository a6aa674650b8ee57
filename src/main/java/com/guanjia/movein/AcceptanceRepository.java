package com.guanjia.movein;

import static com.guanjia.platform.db.SqlTime.instant;
import static com.guanjia.platform.db.SqlTime.utc;
import static com.guanjia.platform.db.SqlTime.utcOrNull;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import com.guanjia.shared.ConflictException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves house acceptances with their sheet of rooms × items and appends their
 * history; every statement names the community. A step loads the acceptance
 * {@code for update} and saves it with the version check.
 */
@Repository
class AcceptanceRepository {

	private static final String COLUMNS = """
			id, community_id, case_id, unit_id, unit_label, status, round, template_id, water_code, water_reading,
			electricity_code, electricity_reading, gas_code, gas_reading, readings_owner, readings_at, recheck_at,
			signed_by, signature_file_id, signed_at, started_at, started_by, version""";

	private final JdbcClient jdbc;

	AcceptanceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long nextId() {
		return jdbc.sql("select nextval(pg_get_serial_sequence('acceptance', 'id'))").query(Long.class).single();
	}

	Optional<HouseAcceptance> find(Collection<Long> communityIds, long id) {
		return one("select " + COLUMNS + " from acceptance where community_id = any(?) and id = ?",
				communityIds.toArray(Long[]::new), id);
	}

	Optional<HouseAcceptance> lock(Collection<Long> communityIds, long id) {
		return one("select " + COLUMNS + " from acceptance where community_id = any(?) and id = ? for update",
				communityIds.toArray(Long[]::new), id);
	}

	Optional<HouseAcceptance> ofCase(long communityId, long caseId) {
		return one("select " + COLUMNS + " from acceptance where community_id = ? and case_id = ?", communityId,
				caseId);
	}

	/** The acceptance waiting for this work order, locked. */
	Optional<HouseAcceptance> lockByWorkOrder(long communityId, long workOrderId) {
		return one("select " + COLUMNS + """
				 from acceptance a where community_id = ? and exists (select 1 from acceptance_item i
				  where i.community_id = a.community_id and i.acceptance_id = a.id and i.work_order_id = ?)
				for update""", communityId, workOrderId);
	}

	private Optional<HouseAcceptance> one(String sql, Object... params) {
		Optional<Head> head = jdbc.sql(sql).params(params).query(AcceptanceRepository::head).optional();
		return head.map(h -> h.restore(items(h.communityId, h.id)));
	}

	private List<HouseAcceptance.Item> items(long communityId, long acceptanceId) {
		return jdbc.sql("""
				select room, position, text, outcome, note, photo_file_ids, found_round, work_order_id,
				  work_order_number, fixed_at, recheck
				from acceptance_item where community_id = ? and acceptance_id = ?
				order by array_position(?::text[], room::text), position""")
			.params(communityId, acceptanceId, AcceptanceSheet.ROOMS.toArray(String[]::new))
			.query((rs, row) -> new HouseAcceptance.Item(rs.getString("room"), rs.getInt("position"),
					rs.getString("text"), outcome(rs.getString("outcome")), rs.getString("note"),
					ids(rs.getArray("photo_file_ids")), (Integer) rs.getObject("found_round"),
					(Long) rs.getObject("work_order_id"), rs.getString("work_order_number"), instant(rs, "fixed_at"),
					outcome(rs.getString("recheck"))))
			.list();
	}

	List<MoveInHistoryLine> history(long communityId, long acceptanceId) {
		return jdbc
			.sql("""
					select action, occurred_at, actor, note from acceptance_step where community_id = ? and acceptance_id = ?
					order by id""")
			.params(communityId, acceptanceId)
			.query((rs, row) -> new MoveInHistoryLine("acceptance.action." + rs.getString(1),
					instant(rs, "occurred_at"), rs.getString(3), rs.getString(4)))
			.list();
	}

	void save(HouseAcceptance a, String actor) {
		HouseAcceptance.Readings r = a.readings();
		HouseAcceptance.Signature s = a.signature();
		if (a.isNew()) {
			jdbc.sql("""
					insert into acceptance (community_id, id, case_id, unit_id, unit_label, status, round, template_id,
					  started_at, started_by)
					overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(a.communityId(), a.id(), a.caseId(), a.unitId(), a.unitLabel(), a.status().name(), a.round(),
						a.templateId(), utc(a.startedAt()), a.startedBy())
				.update();
		}
		else {
			int updated = jdbc
				.sql("""
						update acceptance set status = ?, round = ?, water_code = ?, water_reading = ?, electricity_code = ?,
						  electricity_reading = ?, gas_code = ?, gas_reading = ?, readings_owner = ?, readings_at = ?,
						  recheck_at = ?, signed_by = ?, signature_file_id = ?, signed_at = ?, version = version + 1
						where community_id = ? and id = ? and version = ?""")
				.params(a.status().name(), a.round(), r == null ? null : r.waterCode(), r == null ? null : r.water(),
						r == null ? null : r.electricityCode(), r == null ? null : r.electricity(),
						r == null ? null : r.gasCode(), r == null ? null : r.gas(), r == null ? null : r.confirmedBy(),
						r == null ? null : utc(r.at()), utcOrNull(a.recheckAt()), s == null ? null : s.name(),
						s == null ? null : s.fileId(), s == null ? null : utc(s.at()), a.communityId(), a.id(),
						a.version())
				.update();
			if (updated == 0) {
				throw new ConflictException("error.staleVersion");
			}
		}
		saveItems(a);
		for (HouseAcceptance.Step step : a.steps()) {
			jdbc.sql("""
					insert into acceptance_step (community_id, acceptance_id, occurred_at, actor, action, note)
					values (?, ?, ?, ?, ?, ?)""")
				.params(a.communityId(), a.id(), utc(step.at()), actor, step.action().name(),
						step.note() == null || step.note().length() <= 500 ? step.note()
								: step.note().substring(0, 500))
				.update();
		}
	}

	/**
	 * The changed lines in one statement, however many (a new sheet's 54, a room passed
	 * at once): the columns go as arrays and are unnested; a line's photo ids travel as
	 * an array literal and its times as ISO text.
	 */
	private void saveItems(HouseAcceptance a) {
		List<HouseAcceptance.Item> changed = a.changedItems();
		if (changed.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into acceptance_item (community_id, acceptance_id, room, position, text, outcome, note,
				  photo_file_ids, found_round, work_order_id, work_order_number, fixed_at, recheck)
				select ?, ?, room, position, text, outcome, note, photos::bigint[], found_round, work_order_id,
				  work_order_number, fixed_at::timestamptz, recheck
				from unnest(?::text[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::bigint[],
				  ?::text[], ?::text[], ?::text[])
				  as l(room, position, text, outcome, note, photos, found_round, work_order_id, work_order_number,
				  fixed_at, recheck)
				on conflict (community_id, acceptance_id, room, position) do update set outcome = excluded.outcome,
				  note = excluded.note, photo_file_ids = excluded.photo_file_ids, found_round = excluded.found_round,
				  work_order_id = excluded.work_order_id, work_order_number = excluded.work_order_number,
				  fixed_at = excluded.fixed_at, recheck = excluded.recheck""")
			.params(a.communityId(), a.id(), column(changed, HouseAcceptance.Item::room, String[]::new),
					column(changed, HouseAcceptance.Item::position, Integer[]::new),
					column(changed, HouseAcceptance.Item::text, String[]::new),
					column(changed, i -> name(i.outcome()), String[]::new),
					column(changed, HouseAcceptance.Item::note, String[]::new),
					column(changed,
							i -> i.photoFileIds()
								.stream()
								.map(String::valueOf)
								.collect(Collectors.joining(",", "{", "}")),
							String[]::new),
					column(changed, HouseAcceptance.Item::foundRound, Integer[]::new),
					column(changed, HouseAcceptance.Item::workOrderId, Long[]::new),
					column(changed, HouseAcceptance.Item::workOrderNumber, String[]::new),
					column(changed, i -> i.fixedAt() == null ? null : i.fixedAt().toString(), String[]::new),
					column(changed, i -> name(i.recheck()), String[]::new))
			.update();
	}

	private static <T> T[] column(List<HouseAcceptance.Item> items,
			Function<HouseAcceptance.Item, ? extends @Nullable Object> value, IntFunction<T[]> array) {
		T[] column = array.apply(items.size());
		for (int i = 0; i < items.size(); i++) {
			@SuppressWarnings("unchecked")
			T v = (T) value.apply(items.get(i));
			column[i] = v;
		}
		return column;
	}

	/** The acceptance's own row, before its items are added. */
	private record Head(long id, long communityId, long caseId, long unitId, String unitLabel, long templateId,
			Instant startedAt, String startedBy, AcceptanceStatus status, int round,
			HouseAcceptance.@Nullable Readings readings, @Nullable Instant recheckAt,
			HouseAcceptance.@Nullable Signature signature, int version) {

		HouseAcceptance restore(List<HouseAcceptance.Item> items) {
			return HouseAcceptance.restore(id, communityId, caseId, unitId, unitLabel, templateId, startedAt, startedBy,
					new HouseAcceptance.Stored(status, round, items, readings, recheckAt, signature, version));
		}

	}

	private static Head head(ResultSet rs, int row) throws SQLException {
		Instant readingsAt = instant(rs, "readings_at");
		HouseAcceptance.Readings readings = readingsAt == null ? null
				: new HouseAcceptance.Readings(rs.getString("water_code"), rs.getBigDecimal("water_reading"),
						rs.getString("electricity_code"), rs.getBigDecimal("electricity_reading"),
						rs.getString("gas_code"), (BigDecimal) rs.getObject("gas_reading"),
						rs.getString("readings_owner"), readingsAt);
		Instant signedAt = instant(rs, "signed_at");
		HouseAcceptance.Signature signature = signedAt == null ? null
				: new HouseAcceptance.Signature(rs.getString("signed_by"), rs.getLong("signature_file_id"), signedAt);
		return new Head(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("case_id"), rs.getLong("unit_id"),
				rs.getString("unit_label"), rs.getLong("template_id"), instant(rs, "started_at"),
				rs.getString("started_by"), AcceptanceStatus.valueOf(rs.getString("status")), rs.getInt("round"),
				readings, instant(rs, "recheck_at"), signature, rs.getInt("version"));
	}

	private static @Nullable ItemOutcome outcome(@Nullable String s) {
		return s == null ? null : ItemOutcome.valueOf(s);
	}

	private static List<Long> ids(@Nullable Array array) throws SQLException {
		List<Long> ids = new ArrayList<>();
		if (array != null) {
			for (Object o : (Object[]) array.getArray()) {
				ids.add(((Number) o).longValue());
			}
		}
		return List.copyOf(ids);
	}

	private static @Nullable String name(@Nullable Enum<?> e) {
		return e == null ? null : e.name();
	}

}
