package com.guanjia.keys;

import static com.guanjia.platform.db.SqlTime.instant;
import static com.guanjia.platform.db.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.guanjia.residents.Standing;
import com.guanjia.shared.ConflictException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves key loans (the 钥匙借用登记表); a loan's history is its own times. At most one
 * loan of an item is out (a unique index), so two desks lending one key at once end in
 * one loan.
 */
@Repository
class KeyLoanRepository {

	private static final String COLUMNS = """
			id, community_id, item_id, unit_id, borrower_party_id, borrower_name, standing, authorisation_id, purpose,
			status, lent_at, lent_by, returned_at, received_by, version""";

	private final JdbcClient jdbc;

	KeyLoanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long nextId() {
		return jdbc.sql("select nextval(pg_get_serial_sequence('key_loan', 'id'))").query(Long.class).single();
	}

	Optional<KeyLoan> find(Collection<Long> communityIds, long id) {
		return jdbc.sql("select " + COLUMNS + " from key_loan where community_id = any(?) and id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query(KeyLoanRepository::map)
			.optional();
	}

	Optional<KeyLoan> lock(Collection<Long> communityIds, long id) {
		return jdbc.sql("select " + COLUMNS + " from key_loan where community_id = any(?) and id = ? for update")
			.params(communityIds.toArray(Long[]::new), id)
			.query(KeyLoanRepository::map)
			.optional();
	}

	Optional<KeyLoan> outOf(long communityId, long itemId) {
		return jdbc
			.sql("select " + COLUMNS + " from key_loan where community_id = ? and item_id = ? and status = 'OUT'")
			.params(communityId, itemId)
			.query(KeyLoanRepository::map)
			.optional();
	}

	/** Every loan still out, the oldest first: the end-of-day follow-up list. */
	List<KeyLoan> out(long communityId) {
		return jdbc
			.sql("select " + COLUMNS + " from key_loan where community_id = ? and status = 'OUT' order by lent_at")
			.param(communityId)
			.query(KeyLoanRepository::map)
			.list();
	}

	List<KeyLoan> ofItem(long communityId, long itemId) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from key_loan where community_id = ? and item_id = ? order by id desc limit 50")
			.params(communityId, itemId)
			.query(KeyLoanRepository::map)
			.list();
	}

	void save(KeyLoan l) {
		if (l.isNew()) {
			KeyLoan.Borrower b = l.borrower();
			jdbc.sql(
					"""
							insert into key_loan (community_id, id, item_id, unit_id, borrower_party_id, borrower_name, standing,
							  authorisation_id, purpose, status, lent_at, lent_by)
							overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(l.communityId(), l.id(), l.itemId(), l.unitId(), b.partyId(), b.name(), b.standing().name(),
						b.authorisationId(), l.purpose(), l.status().name(), utc(l.lentAt()), l.lentBy())
				.update();
			return;
		}
		int updated = jdbc.sql("""
				update key_loan set status = ?, returned_at = ?, received_by = ?, version = version + 1
				where community_id = ? and id = ? and version = ?""")
			.params(l.status().name(), l.returnedAt() == null ? null : utc(l.returnedAt()), l.receivedBy(),
					l.communityId(), l.id(), l.version())
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
	}

	private static KeyLoan map(ResultSet rs, int row) throws SQLException {
		return KeyLoan.restore(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("item_id"),
				rs.getLong("unit_id"),
				new KeyLoan.Borrower(rs.getLong("borrower_party_id"), rs.getString("borrower_name"),
						Standing.Kind.valueOf(rs.getString("standing")), (Long) rs.getObject("authorisation_id")),
				rs.getString("purpose"), Objects.requireNonNull(instant(rs, "lent_at")), rs.getString("lent_by"),
				LoanStatus.valueOf(rs.getString("status")), instant(rs, "returned_at"), rs.getString("received_by"),
				rs.getInt("version"));
	}

}
