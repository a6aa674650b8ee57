package com.guanjia.cashier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import com.guanjia.cashier.DepositView.Status;
import com.guanjia.platform.db.SqlTime;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves {@link Deposit}s. A deposit about to take a step is loaded
 * {@code for update}, so two requests for the same step (a double click, two retries of
 * one payment) run one after the other and the second sees the first's result; a save
 * checks the version it loaded.
 */
@Repository
class DepositRepository {

	private final JdbcClient jdbc;

	DepositRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Deposit> find(List<Long> communityIds, long id) {
		return jdbc.sql("select * from deposit where community_id = any(?) and id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query(DepositRepository::map)
			.optional();
	}

	Optional<Deposit> findForUpdate(List<Long> communityIds, long id) {
		return jdbc.sql("select * from deposit where community_id = any(?) and id = ? for update")
			.params(communityIds.toArray(Long[]::new), id)
			.query(DepositRepository::map)
			.optional();
	}

	List<Deposit> ofUnit(long communityId, long unitId) {
		return jdbc.sql("select * from deposit where community_id = ? and unit_id = ? order by id desc")
			.params(communityId, unitId)
			.query(DepositRepository::map)
			.list();
	}

	/**
	 * Refunds a cashier paid out on a day, each less its deduction: the outflows of that
	 * day's handover (R6.6).
	 */
	List<DailyClose.Refund> refundsPaid(long communityId, String cashier, java.time.LocalDate day) {
		return jdbc.sql("""
				select id, refund_method, amount - refund_deduction from deposit
				where community_id = ? and refunded_by = ? and refund_day = ? order by id""")
			.params(communityId, cashier, java.sql.Date.valueOf(day))
			.query((rs, i) -> new DailyClose.Refund(rs.getLong(1), PaymentMethod.valueOf(rs.getString(2)),
					Money.of(rs.getBigDecimal(3))))
			.list();
	}

	/** Refunds finance approved that wait to be paid out. */
	List<Deposit> awaitingPayout(long communityId) {
		return jdbc.sql("select * from deposit where community_id = ? and status = ? order by id")
			.params(communityId, Status.REFUND_APPROVED.name())
			.query(DepositRepository::map)
			.list();
	}

	void insert(Deposit deposit) {
		Deposit.Stored d = deposit.stored();
		long id = jdbc.sql("""
				insert into deposit (community_id, unit_id, purpose, amount, status, requested_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(d.communityId(), d.unitId(), d.purpose(), d.amount().amount(), d.status().name(), d.requestedBy(),
					SqlTime.utc(d.createdAt()))
			.query(Long.class)
			.single();
		deposit.recorded(id);
	}

	/** Saves a step; {@code error.staleVersion} when someone else saved one meanwhile. */
	void save(Deposit deposit) {
		Deposit.Stored d = deposit.stored();
		int updated = jdbc.sql("""
				update deposit set status = :status, approved_by = :approvedBy, payment_id = :paymentId,
				  refund_reason = :refundReason, refund_requested_by = :refundRequestedBy,
				  refund_approved_by = :refundApprovedBy, refunded_at = :refundedAt, refund_method = :refundMethod,
				  refunded_by = :refundedBy, refund_day = :refundDay, refund_deduction = :deduction,
				  deduction_reason = :deductionReason, version = version + 1
				where community_id = :c and id = :id and version = :version""")
			.param("status", d.status().name())
			.param("approvedBy", d.approvedBy())
			.param("paymentId", d.paymentId())
			.param("refundReason", d.refundReason())
			.param("refundRequestedBy", d.refundRequestedBy())
			.param("refundApprovedBy", d.refundApprovedBy())
			.param("refundedAt", SqlTime.utcOrNull(d.refundedAt()))
			.param("refundMethod", d.refundMethod() == null ? null : d.refundMethod().name())
			.param("refundedBy", d.refundedBy())
			.param("refundDay", d.refundDay() == null ? null : java.sql.Date.valueOf(d.refundDay()))
			.param("deduction", d.deduction().amount())
			.param("deductionReason", d.deductionReason())
			.param("c", d.communityId())
			.param("id", d.id())
			.param("version", d.version())
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
		deposit.saved();
	}

	static Deposit map(ResultSet rs, int i) throws SQLException {
		return Deposit.restore(new Deposit.Stored(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("unit_id"),
				rs.getString("purpose"), Money.of(rs.getBigDecimal("amount")), Status.valueOf(rs.getString("status")),
				rs.getString("requested_by"), SqlTime.instant(rs, "created_at"), rs.getString("approved_by"),
				(Long) rs.getObject("payment_id"), rs.getString("refund_reason"), rs.getString("refund_requested_by"),
				rs.getString("refund_approved_by"), SqlTime.instant(rs, "refunded_at"),
				rs.getString("refund_method") == null ? null : PaymentMethod.valueOf(rs.getString("refund_method")),
				rs.getString("refunded_by"),
				rs.getDate("refund_day") == null ? null : rs.getDate("refund_day").toLocalDate(), rs.getInt("version"),
				Money.of(rs.getBigDecimal("refund_deduction")), rs.getString("deduction_reason")));
	}

}
