package com.guanjia.renovation;

import static com.guanjia.platform.db.SqlTime.instant;
import static com.guanjia.platform.db.SqlTime.utc;
import static com.guanjia.platform.db.SqlTime.utcOrNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.guanjia.shared.ConflictException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves renovation materials reported at the gate and appends their history;
 * every statement names the community; a step loads the row {@code for update} and saves
 * it with the version check.
 */
@Repository
class MaterialRepository {

	private final JdbcClient jdbc;

	private final HistoryRepository history;

	MaterialRepository(JdbcClient jdbc, HistoryRepository history) {
		this.jdbc = jdbc;
		this.history = history;
	}

	long nextId() {
		return jdbc.sql("select nextval(pg_get_serial_sequence('renovation_material', 'id'))")
			.query(Long.class)
			.single();
	}

	void insert(MaterialEntry m) {
		MaterialEntry.Reported r = m.reported();
		jdbc.sql("""
				insert into renovation_material (community_id, id, renovation_id, description, carrier, status,
				  reported_at, reported_by) overriding system value values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(m.communityId(), m.id(), r.renovationId(), r.description(), r.carrier(), m.status().name(),
					utc(r.at()), r.by())
			.update();
		history.append(m.communityId(), HistoryRepository.MATERIAL, m.id(), m.takeSteps());
	}

	void save(MaterialEntry m) {
		int updated = jdbc.sql("""
				update renovation_material set status = ?, reason = ?, decided_at = ?, decided_by = ?,
				  version = version + 1
				where community_id = ? and id = ? and version = ?""")
			.params(m.status().name(), m.reason(), utcOrNull(m.decidedAt()), m.decidedBy(), m.communityId(), m.id(),
					m.version())
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
		history.append(m.communityId(), HistoryRepository.MATERIAL, m.id(), m.takeSteps());
	}

	Optional<MaterialEntry> lock(long communityId, long renovationId, long id) {
		return jdbc.sql("""
				select * from renovation_material where community_id = ? and renovation_id = ? and id = ?
				for update""").params(communityId, renovationId, id).query(MaterialRepository::map).optional();
	}

	Optional<MaterialEntry> find(long communityId, long id) {
		return jdbc.sql("select * from renovation_material where community_id = ? and id = ?")
			.params(communityId, id)
			.query(MaterialRepository::map)
			.optional();
	}

	List<MaterialEntry> ofRenovation(long communityId, long renovationId) {
		return jdbc.sql("select * from renovation_material where community_id = ? and renovation_id = ? order by id")
			.params(communityId, renovationId)
			.query(MaterialRepository::map)
			.list();
	}

	private static MaterialEntry map(ResultSet rs, int row) throws SQLException {
		return MaterialEntry.restore(new MaterialEntry.Stored(rs.getLong("id"), rs.getLong("community_id"),
				new MaterialEntry.Reported(rs.getLong("renovation_id"), rs.getString("description"),
						rs.getString("carrier"), Objects.requireNonNull(instant(rs, "reported_at")),
						rs.getString("reported_by")),
				MaterialStatus.valueOf(rs.getString("status")), rs.getString("reason"), instant(rs, "decided_at"),
				rs.getString("decided_by"), rs.getInt("version")));
	}

}
