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
 * Loads and saves the violations found on daily checks and appends their history; every
 * statement names the community. A step loads the violation {@code for update} and saves
 * it with the version check; a failed item is turned into a violation once (unique by its
 * finding).
 */
@Repository
class ViolationRepository {

	private final JdbcClient jdbc;

	private final HistoryRepository history;

	ViolationRepository(JdbcClient jdbc, HistoryRepository history) {
		this.jdbc = jdbc;
		this.history = history;
	}

	long nextId() {
		return jdbc.sql("select nextval(pg_get_serial_sequence('renovation_violation', 'id'))")
			.query(Long.class)
			.single();
	}

	/**
	 * Inserts a new violation with its history, unless its finding was turned into one
	 * already; answers whether it was inserted.
	 */
	boolean insertIfAbsent(SiteViolation v) {
		SiteViolation.Found f = v.found();
		int inserted = jdbc.sql("""
				insert into renovation_violation (community_id, id, renovation_id, round_id, finding_id, check_kind,
				  item, note, status, found_at, found_by)
				overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(v.communityId(), v.id(), f.renovationId(), f.roundId(), f.findingId(), f.check().name(),
					f.item().length() <= 200 ? f.item() : f.item().substring(0, 200), f.note(), v.status().name(),
					utc(f.at()), f.by())
			.update();
		if (inserted == 0) {
			return false;
		}
		history.append(v.communityId(), HistoryRepository.VIOLATION, v.id(), v.takeSteps());
		return true;
	}

	/** Saves a loaded violation's new state and appends its history. */
	void save(SiteViolation v) {
		int updated = jdbc.sql("""
				update renovation_violation set status = ?, deadline = ?, owner_told = ?, resolved_at = ?,
				  version = version + 1
				where community_id = ? and id = ? and version = ?""")
			.params(v.status().name(), utcOrNull(v.deadline()), v.ownerTold(), utcOrNull(v.resolvedAt()),
					v.communityId(), v.id(), v.version())
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
		history.append(v.communityId(), HistoryRepository.VIOLATION, v.id(), v.takeSteps());
	}

	/** The renovation's violation, locked for the rest of the transaction. */
	Optional<SiteViolation> lock(long communityId, long renovationId, long id) {
		return jdbc.sql("""
				select * from renovation_violation where community_id = ? and renovation_id = ? and id = ?
				for update""").params(communityId, renovationId, id).query(ViolationRepository::map).optional();
	}

	/** The renovation's violations, oldest first. */
	List<SiteViolation> ofRenovation(long communityId, long renovationId) {
		return jdbc.sql("select * from renovation_violation where community_id = ? and renovation_id = ? order by id")
			.params(communityId, renovationId)
			.query(ViolationRepository::map)
			.list();
	}

	/** How many of the renovation's violations are not yet put right. */
	int openCount(long communityId, long renovationId) {
		return jdbc.sql("""
				select count(*) from renovation_violation
				where community_id = ? and renovation_id = ? and status <> 'RECTIFIED'""")
			.params(communityId, renovationId)
			.query(Integer.class)
			.single();
	}

	private static SiteViolation map(ResultSet rs, int row) throws SQLException {
		SiteViolation.Found found = new SiteViolation.Found(rs.getLong("renovation_id"),
				(Long) rs.getObject("round_id"), (Long) rs.getObject("finding_id"),
				SiteCheckKind.valueOf(rs.getString("check_kind")), rs.getString("item"), rs.getString("note"),
				Objects.requireNonNull(instant(rs, "found_at")), rs.getString("found_by"));
		return SiteViolation.restore(new SiteViolation.Stored(rs.getLong("id"), rs.getLong("community_id"), found,
				ViolationStatus.valueOf(rs.getString("status")), instant(rs, "deadline"), rs.getString("owner_told"),
				instant(rs, "resolved_at"), rs.getInt("version")));
	}

}
