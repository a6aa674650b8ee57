package com.guanjia.cashier;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import com.guanjia.platform.db.SqlTime;
import com.guanjia.shared.Money;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The payment rows behind receipts: a payment of bills or of a deposit, found again by
 * its idempotency key (unique per community).
 */
@Repository
class PaymentRepository {

	/**
	 * The scope of payments' idempotency keys: one key space for bills, deposits and
	 * fees.
	 */
	static final String KEYS = "payment";

	private final JdbcClient jdbc;

	PaymentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A payment made earlier with the key. */
	record Earlier(long id, @Nullable Long unitId, String kind, @Nullable Long receiptId, @Nullable String payer) {

		/** Whether the earlier payment was of this unit's bills. */
		boolean ofBills(long unit) {
			return "BILLS".equals(kind) && unitId != null && unitId == unit;
		}

	}

	/** The cashier taking a payment, their business day and the moment. */
	record Till(String cashier, LocalDate businessDay, Instant at) {
	}

	/** What is known of a payment when it starts: who pays, how, on which day. */
	record Opening(long communityId, @Nullable Long unitId, String kind, String idempotencyKey, PaymentMethod method,
			@Nullable String reference, Till till, @Nullable String payer, @Nullable FeePurpose purpose) {

		/** A payment of a unit's bills (and money paid ahead). */
		static Opening ofBills(long communityId, long unitId, String key, PaymentCommand command, Till till) {
			return new Opening(communityId, unitId, "BILLS", key, command.method(), command.reference(), till, null,
					null);
		}

		/** The payment of a deposit (no reference). */
		static Opening ofDeposit(Deposit deposit, String key, PaymentMethod method, Till till) {
			return new Opening(deposit.communityId(), deposit.unitId(), "DEPOSIT", key, method, null, till, null, null);
		}

		/** A fee not tied to a unit's bill: the payer and purpose instead of a unit. */
		static Opening ofFee(long communityId, FeePayment fee, String key, Till till) {
			return new Opening(communityId, null, "FEE", key, fee.method(), fee.reference(), till, fee.payer().strip(),
					fee.purpose());
		}

	}

	/** The amounts of a completed payment and its receipt. */
	record Completion(Money amount, Money tendered, Money change, Money prepaid, long receiptId) {
	}

	Optional<Earlier> byKey(long communityId, String key) {
		return jdbc.sql(
				"select id, unit_id, kind, receipt_id, payer from payment where community_id = ? and idempotency_key = ?")
			.params(communityId, key)
			.query((rs, i) -> new Earlier(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3),
					(Long) rs.getObject(4), rs.getString(5)))
			.optional();
	}

	long open(Opening o) {
		return jdbc.sql("""
				insert into payment (community_id, unit_id, kind, idempotency_key, method, reference, cashier,
				  business_day, created_at, payer, purpose) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(o.communityId(), o.unitId(), o.kind(), o.idempotencyKey(), o.method().name(), o.reference(),
					o.till().cashier(), Date.valueOf(o.till().businessDay()), SqlTime.utc(o.till().at()), o.payer(),
					o.purpose() == null ? null : o.purpose().name())
			.query(Long.class)
			.single();
	}

	/**
	 * Attaches the amounts and the receipt: the statement a completed payment ends with.
	 */
	void complete(long communityId, long paymentId, Completion c) {
		jdbc.sql("""
				update payment set amount = ?, tendered = ?, change_given = ?, prepaid = ?, receipt_id = ?
				where community_id = ? and id = ?""")
			.params(c.amount().amount(), c.tendered().amount(), c.change().amount(), c.prepaid().amount(),
					c.receiptId(), communityId, paymentId)
			.update();
	}

	long receiptOf(long communityId, long paymentId) {
		return jdbc.sql("select receipt_id from payment where community_id = ? and id = ?")
			.params(communityId, paymentId)
			.query(Long.class)
			.single();
	}

}
