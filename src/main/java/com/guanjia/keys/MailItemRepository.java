package com.guanjia.keys;

import static com.guanjia.platform.db.SqlTime.instant;
import static com.guanjia.platform.db.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.guanjia.platform.db.SqlTime;
import com.guanjia.shared.ConflictException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and saves the letters and parcels held at the desk, and their history. */
@Repository
class MailItemRepository {

	private static final String COLUMNS = """
			id, community_id, unit_id, unit_label, kind, addressee, sender, tracking_no, status, logged_at, logged_by,
			handed_to, handed_at, handed_by, note, version""";

	private final JdbcClient jdbc;

	MailItemRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long nextId() {
		return jdbc.sql("select nextval(pg_get_serial_sequence('mail_item', 'id'))").query(Long.class).single();
	}

	Optional<MailItem> find(Collection<Long> communityIds, long id) {
		return jdbc.sql("select " + COLUMNS + " from mail_item where community_id = any(?) and id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query(MailItemRepository::map)
			.optional();
	}

	Optional<MailItem> lock(Collection<Long> communityIds, long id) {
		return jdbc.sql("select " + COLUMNS + " from mail_item where community_id = any(?) and id = ? for update")
			.params(communityIds.toArray(Long[]::new), id)
			.query(MailItemRepository::map)
			.optional();
	}

	/** What waits at the desk, the oldest first (the uncollected list by age). */
	List<MailItem> waiting(long communityId) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from mail_item where community_id = ? and status = 'WAITING' order by logged_at limit 500")
			.param(communityId)
			.query(MailItemRepository::map)
			.list();
	}

	/** What came in or left the desk since {@code from}, the newest first. */
	List<MailItem> since(long communityId, Instant from) {
		return jdbc
			.sql("select " + COLUMNS + " from mail_item where community_id = ? and status <> 'WAITING'"
					+ " and handed_at >= ? order by handed_at desc limit 200")
			.params(communityId, utc(from))
			.query(MailItemRepository::map)
			.list();
	}

	List<MailItem> ofUnit(long communityId, long unitId) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from mail_item where community_id = ? and unit_id = ? order by id desc limit 50")
			.params(communityId, unitId)
			.query(MailItemRepository::map)
			.list();
	}

	List<HistoryLine> history(long communityId, long mailId) {
		return jdbc
			.sql("""
					select action, occurred_at, actor, note from mail_step where community_id = ? and mail_id = ? order by id""")
			.params(communityId, mailId)
			.query((rs, row) -> new HistoryLine("mail.action." + rs.getString(1), SqlTime.instant(rs, "occurred_at"),
					rs.getString(3), rs.getString(4)))
			.list();
	}

	void save(MailItem m, String actor) {
		MailItem.Arrival a = m.arrival();
		if (m.isNew()) {
			jdbc.sql("""
					insert into mail_item (community_id, id, unit_id, unit_label, kind, addressee, sender, tracking_no,
					  status, logged_at, logged_by)
					overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(m.communityId(), m.id(), a.unitId(), a.unitLabel(), a.kind().name(), a.addressee(), a.sender(),
						a.trackingNo(), m.status().name(), utc(a.at()), a.by())
				.update();
		}
		else {
			MailItem.Outcome o = m.outcome();
			int updated = jdbc.sql("""
					update mail_item set status = ?, handed_to = ?, handed_at = ?, handed_by = ?, note = ?,
					  version = version + 1
					where community_id = ? and id = ? and version = ?""")
				.params(m.status().name(), o == null ? null : o.handedTo(), o == null ? null : utc(o.at()),
						o == null ? null : o.by(), o == null ? null : o.note(), m.communityId(), m.id(), m.version())
				.update();
			if (updated == 0) {
				throw new ConflictException("error.staleVersion");
			}
		}
		for (MailItem.Step step : m.steps()) {
			jdbc.sql("""
					insert into mail_step (community_id, mail_id, occurred_at, actor, action, note)
					values (?, ?, ?, ?, ?, ?)""")
				.params(m.communityId(), m.id(), utc(step.at()), actor, step.action().name(), step.note())
				.update();
		}
	}

	private static MailItem map(ResultSet rs, int row) throws SQLException {
		MailItem.Arrival arrival = new MailItem.Arrival(rs.getLong("unit_id"), rs.getString("unit_label"),
				MailKind.valueOf(rs.getString("kind")), rs.getString("addressee"), rs.getString("sender"),
				rs.getString("tracking_no"), Objects.requireNonNull(instant(rs, "logged_at")),
				rs.getString("logged_by"));
		Instant handedAt = instant(rs, "handed_at");
		MailItem.Outcome outcome = handedAt == null ? null : new MailItem.Outcome(rs.getString("handed_to"), handedAt,
				rs.getString("handed_by"), rs.getString("note"));
		return MailItem.restore(rs.getLong("id"), rs.getLong("community_id"), arrival,
				MailStatus.valueOf(rs.getString("status")), outcome, rs.getInt("version"));
	}

}
