package com.guanjia.carpark;

import static com.guanjia.platform.db.SqlTime.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.guanjia.cashier.ReceiptView;
import com.guanjia.shared.Money;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The fees the car park took, each beside the cashier's receipt that numbers it: the
 * shift's receipts (R12.4) and the fee reports read them here; a voided receipt is
 * marked.
 */
@Repository
class ParkingFeeRepository {

	/** Why a fee was taken: at the exit, at a held vehicle's release, for a card. */
	enum Kind {

		EXIT, RELEASE, CARD

	}

	/** The shift's receipts: how many and how much (voided ones left out). */
	record Totals(int count, Money amount) {
	}

	private final JdbcClient jdbc;

	ParkingFeeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps the receipt the cashier issued for a fee, at {@code paidAt}. */
	void record(Kind kind, @Nullable Long stayId, @Nullable Long cardId, String plate, ReceiptView r, Instant paidAt) {
		jdbc.sql("""
				insert into parking_fee (community_id, kind, stay_id, card_id, plate, amount, method, tendered,
				  change_given, receipt_id, receipt_number, paid_at, taken_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (community_id, receipt_id) do nothing""")
			.params(r.communityId(), kind.name(), stayId, cardId, plate, r.amount().amount(), r.method().name(),
					r.tendered().amount(), r.change().amount(), r.id(), r.number(), utc(paidAt), r.cashier())
			.update();
	}

	boolean hasReceipt(long communityId, long receiptId) {
		return jdbc.sql("select count(*) from parking_fee where community_id = ? and receipt_id = ?")
			.params(communityId, receiptId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The gate's receipts (exits and releases) paid in {@code [from, to)}, voided ones
	 * left out.
	 */
	Totals gateTotals(long communityId, Instant from, Instant to) {
		return jdbc
			.sql("""
					select count(*), coalesce(sum(amount), 0) from parking_fee
					where community_id = ? and kind in ('EXIT', 'RELEASE') and not voided and paid_at >= ? and paid_at < ?""")
			.params(communityId, utc(from), utc(to))
			.query((rs, i) -> new Totals(rs.getInt(1), Money.of(rs.getBigDecimal(2))))
			.single();
	}

	/** The receipt number of a stay's fee, if it paid one. */
	Optional<String> receiptOfStay(long communityId, long stayId) {
		return jdbc
			.sql("select receipt_number from parking_fee where community_id = ? and stay_id = ? order by id limit 1")
			.params(communityId, stayId)
			.query(String.class)
			.optional();
	}

	/**
	 * The cashier voided a receipt: its fee no longer counts. Answers whether it was
	 * ours.
	 */
	boolean markVoided(long communityId, long receiptId) {
		return jdbc.sql("update parking_fee set voided = true where community_id = ? and receipt_id = ?")
			.params(communityId, receiptId)
			.update() > 0;
	}

	/** Receipt numbers of a period, in order (the shift log's list). */
	List<String> gateReceiptNumbers(long communityId, Instant from, Instant to) {
		return jdbc.sql("""
				select receipt_number from parking_fee where community_id = ? and kind in ('EXIT', 'RELEASE')
				  and not voided and paid_at >= ? and paid_at < ? order by receipt_number""")
			.params(communityId, utc(from), utc(to))
			.query(String.class)
			.list();
	}

}
