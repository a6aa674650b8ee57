package com.guanjia.inspections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.guanjia.platform.db.SqlTime;
import com.guanjia.shared.ConflictException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All the SQL of the {@link Rectification} aggregate. */
@Repository
class RectificationRepository {

	private static final String SELECT = """
			select x.*, k.name as contractor_name, k.phone as contractor_phone, f.place, f.item_text
			from inspection_rectification x
			join inspection_contractor k on k.community_id = x.community_id and k.id = x.contractor_id
			join inspection_finding f on f.community_id = x.community_id and f.id = x.finding_id
			""";

	private final JdbcClient jdbc;

	private final InspectionHistory history;

	RectificationRepository(JdbcClient jdbc, InspectionHistory history) {
		this.jdbc = jdbc;
		this.history = history;
	}

	long nextId() {
		return jdbc.sql("select nextval(pg_get_serial_sequence('inspection_rectification', 'id'))")
			.query(Long.class)
			.single();
	}

	void insert(Rectification r) {
		Rectification.Notice n = r.notice();
		jdbc.sql("""
				insert into inspection_rectification (community_id, id, finding_id, contractor_id, deadline, status,
				  issued_at, issued_by) overriding system value values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(n.communityId(), n.id(), n.findingId(), n.contractorId(), SqlTime.utc(n.deadline()),
					r.status().name(), SqlTime.utc(n.issuedAt()), n.issuedBy())
			.update();
		history.append(n.communityId(), InspectionHistory.RECTIFICATION, n.id(), r.takeSteps());
	}

	Optional<Rectification> load(Collection<Long> communityIds, long id, boolean forUpdate) {
		return jdbc.sql(SELECT + " where x.community_id = any(?) and x.id = ?" + (forUpdate ? " for update of x" : ""))
			.params(communityIds.toArray(Long[]::new), id)
			.query((rs, i) -> restore(rs))
			.optional();
	}

	Optional<Rectification> loadByFinding(long communityId, long findingId) {
		return jdbc.sql(SELECT + " where x.community_id = ? and x.finding_id = ? for update of x")
			.params(communityId, findingId)
			.query((rs, i) -> restore(rs))
			.optional();
	}

	private static Rectification restore(ResultSet rs) throws SQLException {
		Rectification.Notice notice = new Rectification.Notice(rs.getLong("community_id"), rs.getLong("id"),
				rs.getLong("finding_id"), rs.getLong("contractor_id"), rs.getString("contractor_name"),
				rs.getString("contractor_phone"), rs.getString("place"), rs.getString("item_text"),
				SqlTime.instant(rs, "deadline"), SqlTime.instant(rs, "issued_at"), rs.getString("issued_by"));
		return Rectification.restore(notice, RectificationStatus.valueOf(rs.getString("status")),
				rs.getBoolean("overdue"), rs.getInt("failed_rechecks"), SqlTime.instant(rs, "confirmed_at"),
				rs.getString("confirmed_by"), (Long) rs.getObject("confirmed_round_id"), rs.getInt("version"));
	}

	void save(Rectification r) {
		int updated = jdbc.sql("""
				update inspection_rectification set status = ?, overdue = ?, failed_rechecks = ?, confirmed_at = ?,
				  confirmed_by = ?, confirmed_round_id = ?, version = version + 1
				where community_id = ? and id = ? and version = ?""")
			.params(r.status().name(), r.overdue(), r.failedRechecks(), SqlTime.utcOrNull(r.confirmedAt()),
					r.confirmedBy(), r.confirmedRoundId(), r.communityId(), r.id(), r.version())
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
		history.append(r.communityId(), InspectionHistory.RECTIFICATION, r.id(), r.takeSteps());
	}

	/** Issued notices whose deadline passed before {@code now}. */
	List<RectificationId> pastDeadline(Instant now, int limit) {
		return jdbc.sql("""
				select community_id, id from inspection_rectification where status = 'ISSUED' and deadline < ?
				order by deadline limit ?""")
			.params(SqlTime.utc(now), limit)
			.query((rs, i) -> RectificationId.of(rs.getLong(1), rs.getLong(2)))
			.list();
	}

	/** A community's notices, newest first; open ones only when asked. */
	List<Rectification> list(long communityId, boolean openOnly, int limit) {
		return jdbc
			.sql(SELECT + " where x.community_id = ? and (not ? or x.status <> 'CONFIRMED') order by x.id desc"
					+ " limit ?")
			.params(communityId, openOnly, limit)
			.query((rs, i) -> restore(rs))
			.list();
	}

}
