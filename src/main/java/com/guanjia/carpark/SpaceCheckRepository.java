package com.guanjia.carpark;

import static com.guanjia.platform.db.SqlTime.instant;
import static com.guanjia.platform.db.SqlTime.utc;
import static com.guanjia.platform.db.SqlTime.utcOrNull;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.guanjia.shared.ConflictException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and saves the space check's findings and appends their history. */
@Repository
class SpaceCheckRepository {

	private static final String COLUMNS = """
			id, community_id, month, kind, subject, space_id, unit_id, detail, status, found_at, resolved_by,
			resolved_at, resolution, version""";

	private final JdbcClient jdbc;

	private final CarparkHistory history;

	SpaceCheckRepository(JdbcClient jdbc, CarparkHistory history) {
		this.jdbc = jdbc;
		this.history = history;
	}

	long nextId() {
		return jdbc.sql("select nextval(pg_get_serial_sequence('space_check_finding', 'id'))")
			.query(Long.class)
			.single();
	}

	/** A month's findings, locked (a run of the check). */
	List<SpaceCheckFinding> lockMonth(long communityId, YearMonth month) {
		return jdbc
			.sql("select " + COLUMNS + " from space_check_finding where community_id = ? and month = ?"
					+ " order by kind, subject for update")
			.params(communityId, Date.valueOf(month.atDay(1)))
			.query(SpaceCheckRepository::map)
			.list();
	}

	List<SpaceCheckFinding> month(long communityId, YearMonth month) {
		return jdbc
			.sql("select " + COLUMNS + " from space_check_finding where community_id = ? and month = ?"
					+ " order by status = 'OPEN' desc, kind, subject")
			.params(communityId, Date.valueOf(month.atDay(1)))
			.query(SpaceCheckRepository::map)
			.list();
	}

	Optional<SpaceCheckFinding> lock(List<Long> communityIds, long id) {
		return jdbc
			.sql("select " + COLUMNS + " from space_check_finding where community_id = any(?) and id = ? for update")
			.params(communityIds.toArray(Long[]::new), id)
			.query(SpaceCheckRepository::map)
			.optional();
	}

	void save(SpaceCheckFinding f) {
		if (f.isNew()) {
			jdbc.sql("""
					insert into space_check_finding (community_id, id, month, kind, subject, space_id, unit_id, detail,
					  status, found_at) overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(f.communityId(), f.id(), Date.valueOf(f.month().atDay(1)), f.kind().name(), f.subject(),
						f.spaceId(), f.unitId(), f.detail(), f.status().name(), utc(f.foundAt()))
				.update();
		}
		else {
			int updated = jdbc.sql("""
					update space_check_finding set detail = ?, status = ?, resolved_by = ?, resolved_at = ?,
					  resolution = ?, version = version + 1 where community_id = ? and id = ? and version = ?""")
				.params(f.detail(), f.status().name(), f.resolvedBy(), utcOrNull(f.resolvedAt()), f.resolution(),
						f.communityId(), f.id(), f.version())
				.update();
			if (updated == 0) {
				throw new ConflictException("error.staleVersion");
			}
		}
		history.append(f.communityId(), CarparkHistory.FINDING, f.id(), f.steps());
	}

	private static SpaceCheckFinding map(ResultSet rs, int row) throws SQLException {
		return SpaceCheckFinding.restore(rs.getLong("id"), rs.getLong("community_id"),
				YearMonth.from(rs.getDate("month").toLocalDate()), MismatchKind.valueOf(rs.getString("kind")),
				rs.getString("subject"), (Long) rs.getObject("space_id"), (Long) rs.getObject("unit_id"),
				rs.getString("detail"), FindingStatus.valueOf(rs.getString("status")),
				Objects.requireNonNull(instant(rs, "found_at")), rs.getString("resolved_by"),
				instant(rs, "resolved_at"), rs.getString("resolution"), rs.getInt("version"));
	}

}
