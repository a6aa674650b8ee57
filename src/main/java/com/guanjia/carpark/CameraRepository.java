package com.guanjia.carpark;

import static com.guanjia.platform.db.SqlTime.utc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.guanjia.shared.ConflictException;
import com.guanjia.shared.ValidationException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The plate-recognition cameras and the SHA-256 hashes of their tokens. A camera is found
 * by its token's hash before its community is known (the authentication itself); every
 * other statement names the community.
 */
@Repository
class CameraRepository {

	private static final String COLUMNS = "id, community_id, code, name, direction, min_confidence, enabled, version";

	private final JdbcClient jdbc;

	CameraRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The enabled camera whose token has this hash. */
	Optional<CameraView> byTokenHash(String hash) {
		return jdbc.sql("select " + COLUMNS + " from parking_camera where token_hash = ? and enabled")
			.params(hash)
			.query(CameraRepository::map)
			.optional();
	}

	Optional<CameraView> find(List<Long> communityIds, long id) {
		return jdbc.sql("select " + COLUMNS + " from parking_camera where community_id = any(?) and id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query(CameraRepository::map)
			.optional();
	}

	List<CameraView> list(long communityId) {
		return jdbc.sql("select " + COLUMNS + " from parking_camera where community_id = ? order by code")
			.params(communityId)
			.query(CameraRepository::map)
			.list();
	}

	long insert(long communityId, String code, String name, CameraDirection direction, BigDecimal minConfidence,
			String tokenHash, Instant now) {
		try {
			return jdbc.sql("""
					insert into parking_camera (community_id, code, name, direction, token_hash, min_confidence,
					  created_at) values (?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(communityId, code, name, direction.name(), tokenHash, minConfidence, utc(now))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw ValidationException.of("code", "carpark.camera.duplicate", code);
		}
	}

	/** A new token (the old one stops working), or the camera switched on or off. */
	void update(CameraView camera, String tokenHash, boolean enabled) {
		int updated = jdbc.sql("""
				update parking_camera set token_hash = coalesce(?, token_hash), enabled = ?, version = version + 1
				where community_id = ? and id = ? and version = ?""")
			.params(tokenHash.isEmpty() ? null : tokenHash, enabled, camera.communityId(), camera.id(),
					camera.version())
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
	}

	private static CameraView map(ResultSet rs, int row) throws SQLException {
		return new CameraView(rs.getLong("id"), rs.getLong("community_id"), rs.getString("code"), rs.getString("name"),
				CameraDirection.valueOf(rs.getString("direction")), rs.getBigDecimal("min_confidence"),
				rs.getBoolean("enabled"), rs.getInt("version"));
	}

}
