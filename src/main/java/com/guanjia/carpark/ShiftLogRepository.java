package com.guanjia.carpark;

import static com.guanjia.platform.db.SqlTime.instant;
import static com.guanjia.platform.db.SqlTime.utc;
import static com.guanjia.platform.db.SqlTime.utcOrNull;

import java.math.BigDecimal;
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
 * Loads and saves shift handover logs and appends their history; every statement names
 * the community. One log is open per community (a partial unique index).
 */
@Repository
class ShiftLogRepository {

	private static final String COLUMNS = """
			id, community_id, number, shift_name, post, status, opened_at, opened_by, handed_over_by, taken_over_by,
			events, radios, keys, batons, torches, fees, tickets, notes, closed_at, closed_by, receipts_total,
			receipts_count, signed_by, signed_name, signed_at, version""";

	private final JdbcClient jdbc;

	private final CarparkHistory history;

	ShiftLogRepository(JdbcClient jdbc, CarparkHistory history) {
		this.jdbc = jdbc;
		this.history = history;
	}

	long nextId() {
		return jdbc.sql("select nextval(pg_get_serial_sequence('shift_log', 'id'))").query(Long.class).single();
	}

	Optional<ShiftLog> find(List<Long> communityIds, long id) {
		return jdbc.sql("select " + COLUMNS + " from shift_log where community_id = any(?) and id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query(ShiftLogRepository::map)
			.optional();
	}

	Optional<ShiftLog> lock(List<Long> communityIds, long id) {
		return jdbc.sql("select " + COLUMNS + " from shift_log where community_id = any(?) and id = ? for update")
			.params(communityIds.toArray(Long[]::new), id)
			.query(ShiftLogRepository::map)
			.optional();
	}

	Optional<ShiftLog> openOf(long communityId) {
		return jdbc.sql("select " + COLUMNS + " from shift_log where community_id = ? and status = 'OPEN'")
			.params(communityId)
			.query(ShiftLogRepository::map)
			.optional();
	}

	List<ShiftLog> recent(long communityId, int limit) {
		return jdbc.sql("select " + COLUMNS + " from shift_log where community_id = ? order by opened_at desc limit ?")
			.params(communityId, limit)
			.query(ShiftLogRepository::map)
			.list();
	}

	List<HistoryLine> history(long communityId, long id) {
		return history.of(communityId, CarparkHistory.SHIFT, id);
	}

	void save(ShiftLog log) {
		if (log.isNew()) {
			try {
				jdbc.sql("""
						insert into shift_log (community_id, id, number, shift_name, post, status, opened_at, opened_by)
						overriding system value values (?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(log.communityId(), log.id(), log.number(), log.shiftName(), log.post(), log.status().name(),
							utc(log.openedAt()), log.openedBy())
					.update();
			}
			catch (DuplicateKeyException ex) {
				throw new ConflictException("carpark.shift.alreadyOpen");
			}
		}
		else {
			ShiftLog.Handover h = log.handover();
			ShiftLog.Receipts r = log.receipts();
			ShiftLog.Signature s = log.signature();
			int updated = jdbc.sql("""
					update shift_log set status = ?, handed_over_by = ?, taken_over_by = ?, events = ?, radios = ?,
					  keys = ?, batons = ?, torches = ?, fees = ?, tickets = ?, notes = ?, closed_at = ?, closed_by = ?,
					  receipts_total = ?, receipts_count = ?, signed_by = ?, signed_name = ?, signed_at = ?,
					  version = version + 1
					where community_id = ? and id = ? and version = ?""")
				.params(log.status().name(), h == null ? null : h.handedOverBy(), h == null ? null : h.takenOverBy(),
						h == null ? null : h.events(), h == null ? null : h.radios(), h == null ? null : h.keys(),
						h == null ? null : h.batons(), h == null ? null : h.torches(),
						h == null ? null : h.fees().amount(), h == null ? null : h.tickets(),
						h == null ? null : h.notes(), utcOrNull(log.closedAt()), log.closedBy(),
						r == null ? null : r.total().amount(), r == null ? null : r.count(),
						s == null ? null : s.signedBy(), s == null ? null : s.name(), s == null ? null : utc(s.at()),
						log.communityId(), log.id(), log.version())
				.update();
			if (updated == 0) {
				throw new ConflictException("error.staleVersion");
			}
		}
		history.append(log.communityId(), CarparkHistory.SHIFT, log.id(), log.steps());
	}

	private static ShiftLog map(ResultSet rs, int row) throws SQLException {
		String handedOverBy = rs.getString("handed_over_by");
		ShiftLog.Handover handover = handedOverBy == null ? null
				: new ShiftLog.Handover(handedOverBy, rs.getString("taken_over_by"), rs.getString("events"),
						rs.getInt("radios"), rs.getInt("keys"), rs.getInt("batons"), rs.getInt("torches"),
						Money.of(rs.getBigDecimal("fees")), rs.getInt("tickets"), rs.getString("notes"));
		BigDecimal total = rs.getBigDecimal("receipts_total");
		ShiftLog.Receipts receipts = total == null ? null
				: new ShiftLog.Receipts(rs.getInt("receipts_count"), Money.of(total));
		Instant signedAt = instant(rs, "signed_at");
		ShiftLog.Signature signature = signedAt == null ? null
				: new ShiftLog.Signature(rs.getString("signed_by"), rs.getString("signed_name"), signedAt);
		return ShiftLog.restore(rs.getLong("id"), rs.getLong("community_id"), rs.getString("number"),
				rs.getString("shift_name"), rs.getString("post"), Objects.requireNonNull(instant(rs, "opened_at")),
				rs.getString("opened_by"), ShiftStatus.valueOf(rs.getString("status")), handover, receipts,
				instant(rs, "closed_at"), rs.getString("closed_by"), signature, rs.getInt("version"));
	}

}
