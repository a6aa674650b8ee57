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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves cameras' readings and appends their history; every statement names the
 * community. A reading is stored once per camera, capture time and plate, so a camera
 * that sends it again gets the first answer.
 */
@Repository
class CameraSightingRepository {

	private static final String COLUMNS = """
			id, community_id, camera_id, direction, plate, captured_at, confidence, image_file_id, status, outcome,
			stay_id, received_at, resolved_by, resolved_at, version""";

	private final JdbcClient jdbc;

	private final CarparkHistory history;

	CameraSightingRepository(JdbcClient jdbc, CarparkHistory history) {
		this.jdbc = jdbc;
		this.history = history;
	}

	long nextId() {
		return jdbc.sql("select nextval(pg_get_serial_sequence('camera_sighting', 'id'))").query(Long.class).single();
	}

	Optional<CameraSighting> find(List<Long> communityIds, long id) {
		return jdbc.sql("select " + COLUMNS + " from camera_sighting where community_id = any(?) and id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query(CameraSightingRepository::map)
			.optional();
	}

	Optional<CameraSighting> lock(List<Long> communityIds, long id) {
		return jdbc.sql("select " + COLUMNS + " from camera_sighting where community_id = any(?) and id = ? for update")
			.params(communityIds.toArray(Long[]::new), id)
			.query(CameraSightingRepository::map)
			.optional();
	}

	/** The same reading sent before. */
	Optional<CameraSighting> same(long communityId, long cameraId, Instant capturedAt, String plate) {
		return jdbc
			.sql("select " + COLUMNS + " from camera_sighting where community_id = ? and camera_id = ?"
					+ " and captured_at = ? and plate = ?")
			.params(communityId, cameraId, utc(capturedAt), plate)
			.query(CameraSightingRepository::map)
			.optional();
	}

	/** Readings waiting for the guard, the oldest first. */
	List<CameraSighting> pending(long communityId) {
		return jdbc
			.sql("select " + COLUMNS + " from camera_sighting where community_id = ? and status = 'PENDING'"
					+ " order by received_at limit 50")
			.params(communityId)
			.query(CameraSightingRepository::map)
			.list();
	}

	/** Pending exit readings of a plate, locked (the guard's exit confirms them). */
	List<CameraSighting> lockPendingExits(long communityId, String plate) {
		return jdbc
			.sql("select " + COLUMNS + " from camera_sighting where community_id = ? and status = 'PENDING'"
					+ " and direction = 'EXIT' and plate = ? order by id for update")
			.params(communityId, plate)
			.query(CameraSightingRepository::map)
			.list();
	}

	void save(CameraSighting s) {
		CameraSighting.Reading r = s.reading();
		if (s.isNew()) {
			jdbc.sql("""
					insert into camera_sighting (community_id, id, camera_id, direction, plate, captured_at, confidence,
					  image_file_id, status, outcome, stay_id, received_at)
					overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(s.communityId(), s.id(), r.cameraId(), r.direction().name(), r.plate(), utc(r.capturedAt()),
						r.confidence(), r.imageFileId(), s.status().name(), s.outcome().name(), s.stayId(),
						utc(r.receivedAt()))
				.update();
		}
		else {
			int updated = jdbc.sql("""
					update camera_sighting set status = ?, stay_id = ?, resolved_by = ?, resolved_at = ?,
					  version = version + 1 where community_id = ? and id = ? and version = ?""")
				.params(s.status().name(), s.stayId(), s.resolvedBy(), utcOrNull(s.resolvedAt()), s.communityId(),
						s.id(), s.version())
				.update();
			if (updated == 0) {
				throw new ConflictException("error.staleVersion");
			}
		}
		history.append(s.communityId(), CarparkHistory.SIGHTING, s.id(), s.steps());
	}

	private static CameraSighting map(ResultSet rs, int row) throws SQLException {
		CameraSighting.Reading reading = new CameraSighting.Reading(rs.getLong("camera_id"),
				CameraDirection.valueOf(rs.getString("direction")), rs.getString("plate"),
				Objects.requireNonNull(instant(rs, "captured_at")), rs.getBigDecimal("confidence"),
				(Long) rs.getObject("image_file_id"), Objects.requireNonNull(instant(rs, "received_at")));
		return CameraSighting.restore(rs.getLong("id"), rs.getLong("community_id"), reading,
				SightingStatus.valueOf(rs.getString("status")), SightingOutcome.valueOf(rs.getString("outcome")),
				(Long) rs.getObject("stay_id"), rs.getString("resolved_by"), instant(rs, "resolved_at"),
				rs.getInt("version"));
	}

}
