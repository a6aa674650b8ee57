package com.guanjia.cashier;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/** What the cashier tells other modules. */
public final class CashierEvents {

	private CashierEvents() {
	}

	public record PaymentReceived(long communityId, long unitId, long paymentId, String receiptNumber,
			BigDecimal amount) {
	}

	/** A receipt was voided; a fee's receipt (issue 14) has no unit. */
	@NamedInterface("api")
	public record ReceiptVoided(long communityId, @Nullable Long unitId, long receiptId, String receiptNumber,
			String reason) {
	}

	/**
	 * A fee not tied to a unit's bill was taken with a receipt (issue 14: a car park's
	 * duration fee, a monthly card).
	 */
	public record FeeReceived(long communityId, long paymentId, long receiptId, String receiptNumber,
			FeePurpose purpose, String payer, BigDecimal amount) {
	}

	/**
	 * A receipt of a closed day was corrected by a red reversal (红冲): its payment's
	 * ledger entries are reversed and a red receipt on an open day names it.
	 */
	public record ReceiptReversed(long communityId, long unitId, long receiptId, String receiptNumber,
			long redReceiptId, String redReceiptNumber, String reason) {
	}

	/**
	 * Half an hour before the community's business day ends (seed 004 "每工作日結束前半小時"): the
	 * cashiers fill in the daily income handover.
	 */
	@NamedInterface("api")
	public record DailyCloseDue(long communityId, LocalDate businessDay, java.time.Instant closesAt) {
	}

	public record DayClosed(long communityId, long closeId, String cashier, LocalDate businessDay, BigDecimal total) {
	}

	/**
	 * Finance confirmed it received a day's money (R6.6), never the cashier themselves.
	 */
	public record DayCloseConfirmed(long communityId, long closeId, String cashier, LocalDate businessDay,
			String confirmedBy) {
	}

	/** A deposit's money was taken, with a receipt (R6.5). */
	public record DepositHeld(long communityId, long depositId, long unitId, long paymentId, BigDecimal amount) {
	}

	/** A deposit was paid back after finance approved the refund (R6.5). */
	@NamedInterface("api")
	public record DepositRefunded(long communityId, long depositId, long unitId, BigDecimal amount, String approvedBy) {
	}

}
