package com.guanjia.cashier;

import java.util.Optional;

import com.guanjia.platform.db.SqlTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves {@link ReceiptVoid}s. A void is loaded {@code for update}, so two
 * supervisors approving it at once are served one after the other.
 */
@Repository
class ReceiptVoidRepository {

	private final JdbcClient jdbc;

	ReceiptVoidRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The receipt's void, locked until the transaction ends. */
	Optional<ReceiptVoid> findForUpdate(ReceiptView receipt) {
		return jdbc.sql("""
				select reason, requested_by, requested_at, status, approved_by, approved_at from receipt_void
				where community_id = ? and receipt_id = ? for update""")
			.params(receipt.communityId(), receipt.id())
			.query((rs, i) -> ReceiptVoid.restore(receipt, rs.getString("reason"), rs.getString("requested_by"),
					SqlTime.instant(rs, "requested_at"), VoidStatus.valueOf(rs.getString("status")),
					rs.getString("approved_by"), SqlTime.instant(rs, "approved_at")))
			.optional();
	}

	/**
	 * Stores a new request; false when the receipt has one already (asked for at the same
	 * moment by someone else).
	 */
	boolean insert(ReceiptVoid v) {
		return jdbc.sql("""
				insert into receipt_void (community_id, receipt_id, reason, status, requested_by, requested_at)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(v.communityId(), v.receiptId(), v.reason(), v.status().name(), v.requestedBy(),
					SqlTime.utc(v.requestedAt()))
			.update() == 1;
	}

	void save(ReceiptVoid v) {
		jdbc.sql("""
				update receipt_void set status = ?, approved_by = ?, approved_at = ?, red_receipt_id = ?
				where community_id = ? and receipt_id = ?""")
			.params(v.status().name(), v.approvedBy(), SqlTime.utcOrNull(v.approvedAt()), v.redReceiptId(),
					v.communityId(), v.receiptId())
			.update();
	}

}
