package com.guanjia.carpark;

import static com.guanjia.platform.db.SqlTime.instant;
import static com.guanjia.platform.db.SqlTime.utc;
import static com.guanjia.platform.db.SqlTime.utcOrNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.guanjia.shared.ConflictException;
import com.guanjia.shared.Money;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves stays and appends their history; every statement names the community.
 * An exit loads the stay {@code for update}, so two exits of one vehicle never both
 * charge: the second waits and finds it gone. The partial unique index on open stays
 * keeps a plate from being inside twice even when two entries race.
 */
@Repository
class StayRepository {

	private static final String COLUMNS = """
			id, community_id, plate, status, pass_number, entered_at, entry_source, entered_by, goods_checked,
			damage_note, damage_told, entry_card_id, exited_at, exited_by, fee, free_reason, free_note, approved_by,
			card_id, driver_checked, pass_returned, exit_key, exit_source, incident_note, version""";

	private final JdbcClient jdbc;

	private final CarparkHistory history;

	StayRepository(JdbcClient jdbc, CarparkHistory history) {
		this.jdbc = jdbc;
		this.history = history;
	}

	long nextId() {
		return jdbc.sql("select nextval(pg_get_serial_sequence('parking_stay', 'id'))").query(Long.class).single();
	}

	Optional<Stay> find(List<Long> communityIds, long id) {
		return jdbc.sql("select " + COLUMNS + " from parking_stay where community_id = any(?) and id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query(StayRepository::map)
			.optional();
	}

	/** The stay, locked for the rest of the transaction. */
	Optional<Stay> lock(List<Long> communityIds, long id) {
		return jdbc.sql("select " + COLUMNS + " from parking_stay where community_id = any(?) and id = ? for update")
			.params(communityIds.toArray(Long[]::new), id)
			.query(StayRepository::map)
			.optional();
	}

	/** The plate's open stay (inside or held), if any. */
	Optional<Stay> openOf(long communityId, String plate) {
		return jdbc
			.sql("select " + COLUMNS + " from parking_stay where community_id = ? and plate = ?"
					+ " and status in ('INSIDE', 'HELD')")
			.params(communityId, plate)
			.query(StayRepository::map)
			.optional();
	}

	/** The stay a request key left, if one did (an exit's retry). */
	Optional<Long> idByExitKey(long communityId, String key) {
		return jdbc.sql("select id from parking_stay where community_id = ? and exit_key = ?")
			.params(communityId, key)
			.query(Long.class)
			.optional();
	}

	/** The vehicles inside now (and those held), the longest there first. */
	/** The plates of every vehicle inside or held now (the space check; no cap). */
	List<String> openPlates(long communityId) {
		return jdbc.sql("select plate from parking_stay where community_id = ? and status in ('INSIDE', 'HELD')")
			.param(communityId)
			.query(String.class)
			.list();
	}

	List<Stay> open(long communityId, int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from parking_stay where community_id = ? and status in ('INSIDE', 'HELD')"
					+ " order by entered_at limit ?")
			.params(communityId, limit)
			.query(StayRepository::map)
			.list();
	}

	/** Stays that entered or left in {@code [from, to)}, the latest first. */
	List<Stay> movedBetween(long communityId, Instant from, Instant to, int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from parking_stay where community_id = ? and ((entered_at >= ?"
					+ " and entered_at < ?) or (exited_at >= ? and exited_at < ?))"
					+ " order by greatest(entered_at, coalesce(exited_at, entered_at)) desc, id desc limit ?")
			.params(communityId, utc(from), utc(to), utc(from), utc(to), limit)
			.query(StayRepository::map)
			.list();
	}

	List<HistoryLine> history(long communityId, long id) {
		return history.of(communityId, CarparkHistory.STAY, id);
	}

	/**
	 * Inserts a new stay ({@code ConflictException} when its plate is already inside) or
	 * updates a loaded one, and appends the history of its steps.
	 */
	void save(Stay s) {
		if (s.isNew()) {
			insert(s);
		}
		else {
			update(s);
		}
		history.append(s.communityId(), CarparkHistory.STAY, s.id(), s.steps());
	}

	private void insert(Stay s) {
		Stay.Entry e = s.entry();
		try {
			jdbc.sql("""
					insert into parking_stay (community_id, id, plate, status, pass_number, entered_at, entry_source,
					  entered_by, goods_checked, damage_note, damage_told, entry_card_id)
					overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(s.communityId(), s.id(), e.plate(), s.status().name(), e.passNumber(), utc(e.at()),
						e.source().name(), e.by(), e.goodsChecked(), e.damageNote(), e.damageTold(), e.cardId())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("carpark.alreadyInside", e.plate());
		}
	}

	private void update(Stay s) {
		Stay.Exit x = s.exit();
		int updated = jdbc.sql("""
				update parking_stay set status = ?, exited_at = ?, exited_by = ?, fee = ?, free_reason = ?,
				  free_note = ?, approved_by = ?, card_id = ?, driver_checked = ?, pass_returned = ?, exit_key = ?,
				  exit_source = ?, incident_note = ?, version = version + 1
				where community_id = ? and id = ? and version = ?""")
			.params(s.status().name(), x == null ? null : utcOrNull(x.at()), x == null ? null : x.by(),
					x == null ? null : x.fee().amount(),
					x == null || x.freeReason() == null ? null : x.freeReason().name(), x == null ? null : x.freeNote(),
					x == null ? null : x.approvedBy(), x == null ? null : x.cardId(),
					x == null ? null : x.driverChecked(), x == null ? null : x.passReturned(),
					x == null ? null : x.requestKey(), x == null ? null : x.source().name(), s.incidentNote(),
					s.communityId(), s.id(), s.version())
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
	}

	private static Stay map(ResultSet rs, int row) throws SQLException {
		Stay.Entry entry = new Stay.Entry(rs.getString("plate"), Objects.requireNonNull(instant(rs, "entered_at")),
				EntrySource.valueOf(rs.getString("entry_source")), rs.getString("entered_by"),
				rs.getBoolean("goods_checked"), rs.getString("damage_note"), rs.getBoolean("damage_told"),
				rs.getString("pass_number"), (Long) rs.getObject("entry_card_id"));
		Instant exitedAt = instant(rs, "exited_at");
		Stay.Exit exit = null;
		if (exitedAt != null) {
			String reason = rs.getString("free_reason");
			String source = rs.getString("exit_source");
			exit = new Stay.Exit(source == null ? EntrySource.GATE : EntrySource.valueOf(source), exitedAt,
					rs.getString("exited_by"), Money.of(rs.getBigDecimal("fee")),
					reason == null ? null : FreeReason.valueOf(reason), rs.getString("free_note"),
					rs.getString("approved_by"), (Long) rs.getObject("card_id"), rs.getBoolean("driver_checked"),
					rs.getBoolean("pass_returned"), rs.getString("exit_key"));
		}
		return Stay.restore(rs.getLong("id"), rs.getLong("community_id"), entry,
				StayStatus.valueOf(rs.getString("status")), exit, rs.getString("incident_note"), rs.getInt("version"));
	}

}
