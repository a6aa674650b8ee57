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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves held vehicles with their documents and appends their history; every
 * statement names the community. A step loads the held vehicle {@code for update}.
 */
@Repository
class HeldVehicleRepository {

	private static final String COLUMNS = """
			id, community_id, stay_id, plate, reason, note, status, held_at, held_by, police_called_at, police_note,
			owner_name, released_at, released_by, fee, receipt_number, incident_note, version""";

	private final JdbcClient jdbc;

	private final CarparkHistory history;

	HeldVehicleRepository(JdbcClient jdbc, CarparkHistory history) {
		this.jdbc = jdbc;
		this.history = history;
	}

	long nextId() {
		return jdbc.sql("select nextval(pg_get_serial_sequence('held_vehicle', 'id'))").query(Long.class).single();
	}

	Optional<HeldVehicle> find(List<Long> communityIds, long id) {
		return one("select " + COLUMNS + " from held_vehicle where community_id = any(?) and id = ?", communityIds, id);
	}

	Optional<HeldVehicle> lock(List<Long> communityIds, long id) {
		return one("select " + COLUMNS + " from held_vehicle where community_id = any(?) and id = ? for update",
				communityIds, id);
	}

	/** The open hold of a stay, locked. */
	Optional<HeldVehicle> lockOpenOfStay(long communityId, long stayId) {
		return one("select " + COLUMNS + " from held_vehicle where community_id = any(?) and stay_id = ?"
				+ " and status = 'HELD' for update", List.of(communityId), stayId);
	}

	/** Vehicles held now, the longest held first. */
	List<HeldVehicle> open(long communityId) {
		return jdbc
			.sql("select " + COLUMNS + " from held_vehicle where community_id = ? and status = 'HELD'"
					+ " order by held_at limit 100")
			.params(communityId)
			.query(this::map)
			.list();
	}

	/** Holds made in {@code [from, to)}, the latest first. */
	List<HeldVehicle> heldBetween(long communityId, Instant from, Instant to) {
		return jdbc
			.sql("select " + COLUMNS + " from held_vehicle where community_id = ? and held_at >= ?"
					+ " and held_at < ? order by held_at desc limit 500")
			.params(communityId, utc(from), utc(to))
			.query(this::map)
			.list();
	}

	List<HistoryLine> history(long communityId, long id) {
		return history.of(communityId, CarparkHistory.HELD, id);
	}

	/** The file of one of the held vehicle's documents, if it has it. */
	Optional<Long> documentFile(long communityId, long heldId, long fileId) {
		return jdbc
			.sql("select file_id from held_vehicle_document where community_id = ? and held_id = ? and file_id = ?")
			.params(communityId, heldId, fileId)
			.query(Long.class)
			.optional();
	}

	void save(HeldVehicle h) {
		if (h.isNew()) {
			jdbc.sql("""
					insert into held_vehicle (community_id, id, stay_id, plate, reason, note, status, held_at, held_by)
					overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(h.communityId(), h.id(), h.stayId(), h.plate(), h.reason().name(), h.note(), h.status().name(),
						utc(h.heldAt()), h.heldBy())
				.update();
		}
		else {
			HeldVehicle.Release r = h.release();
			int updated = jdbc.sql("""
					update held_vehicle set status = ?, police_called_at = ?, police_note = ?, owner_name = ?,
					  released_at = ?, released_by = ?, fee = ?, receipt_number = ?, incident_note = ?,
					  version = version + 1
					where community_id = ? and id = ? and version = ?""")
				.params(h.status().name(), utcOrNull(h.policeCalledAt()), h.policeNote(),
						r == null ? null : r.ownerName(), r == null ? null : utc(r.at()),
						r == null ? null : r.releasedBy(), r == null ? null : r.fee().amount(),
						r == null ? null : r.receiptNumber(), h.incidentNote(), h.communityId(), h.id(), h.version())
				.update();
			if (updated == 0) {
				throw new ConflictException("error.staleVersion");
			}
		}
		for (HeldVehicle.Document d : h.newDocuments()) {
			jdbc.sql("""
					insert into held_vehicle_document (community_id, held_id, kind, file_id, filename, uploaded_by,
					  uploaded_at, statement) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(h.communityId(), h.id(), d.kind().name(), d.fileId(), d.filename(), d.uploadedBy(),
						utc(d.uploadedAt()), d.statement())
				.update();
		}
		h.documentsSaved();
		history.append(h.communityId(), CarparkHistory.HELD, h.id(), h.steps());
	}

	private Optional<HeldVehicle> one(String sql, List<Long> communityIds, long id) {
		return jdbc.sql(sql).params(communityIds.toArray(Long[]::new), id).query(this::map).optional();
	}

	private HeldVehicle map(ResultSet rs, int row) throws SQLException {
		long communityId = rs.getLong("community_id");
		long id = rs.getLong("id");
		List<HeldVehicle.Document> documents = jdbc.sql("""
				select kind, file_id, filename, uploaded_by, uploaded_at, statement from held_vehicle_document
				where community_id = ? and held_id = ? order by id""")
			.params(communityId, id)
			.query((d, i) -> new HeldVehicle.Document(DocumentKind.valueOf(d.getString(1)), d.getLong(2),
					d.getString(3), d.getString(4), Objects.requireNonNull(instant(d, "uploaded_at")),
					d.getString("statement")))
			.list();
		Instant releasedAt = instant(rs, "released_at");
		BigDecimal fee = rs.getBigDecimal("fee");
		HeldVehicle.Release release = releasedAt == null ? null
				: new HeldVehicle.Release(rs.getString("owner_name"), rs.getString("released_by"), releasedAt,
						fee == null ? Money.ZERO : Money.of(fee), rs.getString("receipt_number"));
		return HeldVehicle.restore(id, communityId, rs.getLong("stay_id"), rs.getString("plate"),
				HoldReason.valueOf(rs.getString("reason")), rs.getString("note"),
				Objects.requireNonNull(instant(rs, "held_at")), rs.getString("held_by"),
				HeldStatus.valueOf(rs.getString("status")), instant(rs, "police_called_at"),
				rs.getString("police_note"), release, rs.getString("incident_note"), documents, rs.getInt("version"));
	}

}
