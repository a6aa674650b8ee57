package com.guanjia.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import com.guanjia.platform.db.SqlTime;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves {@link Reversal}s. A request to approve is loaded {@code for update}; a
 * save checks the version it loaded.
 */
@Repository
class ReversalRepository {

	private final JdbcClient jdbc;

	ReversalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Reversal> findForUpdate(List<Long> communityIds, long id) {
		return jdbc.sql("select * from reversal_request where community_id = any(?) and id = ? for update")
			.params(communityIds.toArray(Long[]::new), id)
			.query(ReversalRepository::map)
			.optional();
	}

	List<Reversal> pending(long communityId) {
		return jdbc.sql("select * from reversal_request where community_id = ? and status = ? order by id")
			.params(communityId, Reversal.Status.PENDING.name())
			.query(ReversalRepository::map)
			.list();
	}

	void insert(Reversal reversal) {
		Reversal.Stored r = reversal.stored();
		long id = jdbc.sql("""
				insert into reversal_request (community_id, entry_id, unit_id, amount, reason, status, requested_by,
				  requested_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(r.communityId(), r.entryId(), r.unitId(), r.amount().amount(), r.reason(), r.status().name(),
					r.requestedBy(), SqlTime.utc(r.requestedAt()))
			.query(Long.class)
			.single();
		reversal.recorded(id);
	}

	/**
	 * Saves the decision; {@code error.staleVersion} when another was saved meanwhile.
	 */
	void save(Reversal reversal) {
		Reversal.Stored r = reversal.stored();
		int updated = jdbc.sql("""
				update reversal_request set status = ?, decided_by = ?, decided_at = ?, version = version + 1
				where community_id = ? and id = ? and version = ?""")
			.params(r.status().name(), r.decidedBy(), SqlTime.utcOrNull(r.decidedAt()), r.communityId(), r.id(),
					r.version())
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
		reversal.saved();
	}

	static Reversal map(ResultSet rs, int row) throws SQLException {
		return Reversal.restore(new Reversal.Stored(rs.getLong("id"), rs.getLong("community_id"),
				rs.getLong("entry_id"), rs.getLong("unit_id"), Money.of(rs.getBigDecimal("amount")),
				rs.getString("reason"), Reversal.Status.valueOf(rs.getString("status")), rs.getString("requested_by"),
				SqlTime.instant(rs, "requested_at"), rs.getString("decided_by"), SqlTime.instant(rs, "decided_at"),
				rs.getInt("version")));
	}

}
