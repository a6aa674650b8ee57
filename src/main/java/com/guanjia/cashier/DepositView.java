package com.guanjia.cashier;

import java.time.LocalDate;

import com.guanjia.shared.Money;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A deposit or guarantee (押金/保证金, R6.5) and where it stands; a refund may keep a
 * deduction with its reason (R9.7).
 */
@NamedInterface("api")
public record DepositView(long id, long communityId, long unitId, String purpose, Money amount, Status status,
		String requestedBy, @Nullable String approvedBy, @Nullable Long paymentId, @Nullable String refundReason,
		@Nullable String refundRequestedBy, @Nullable String refundApprovedBy, @Nullable PaymentMethod refundMethod,
		@Nullable String refundedBy, @Nullable LocalDate refundDay, int version, Money deduction,
		@Nullable String deductionReason) {

	/** What is (or will be) paid back: the deposit less the deduction. */
	public Money refunded() {
		return amount.minus(deduction);
	}

	/**
	 * REQUESTED (registered) → HELD (taken, with a receipt; no approval, seed 004
	 * "收取各类押金或保证金并如实开具发票和收款收据") → REFUND_REQUESTED → REFUND_APPROVED (finance,
	 * "根據會計通知，完全履行簽字程序後") → REFUNDED (paid out by a cashier, an outflow of that day's
	 * handover). APPROVED is a deposit approved under the former rule that still waits
	 * for its money.
	 */
	public enum Status {

		REQUESTED, APPROVED, HELD, REFUND_REQUESTED, REFUND_APPROVED, REFUNDED;

		public String messageKey() {
			return "deposit.status." + name();
		}

	}

	/**
	 * The steps of a deposit and the states each is allowed from; the model checks them
	 * and the page offers exactly these.
	 */
	public enum Step {

		/**
		 * The cashier takes the money and issues a receipt; no approval (APPROVED: one
		 * approved under the former rule).
		 */
		TAKE(Status.HELD, Status.REQUESTED, Status.APPROVED),
		/** The cashier asks for the refund with a reason. */
		REQUEST_REFUND(Status.REFUND_REQUESTED, Status.HELD),
		/** Finance approves and signs the refund; never the one who asked for it. */
		APPROVE_REFUND(Status.REFUND_APPROVED, Status.REFUND_REQUESTED),
		/**
		 * A cashier pays the approved refund out: an outflow of that cashier's day
		 * (R6.6).
		 */
		PAY_REFUND(Status.REFUNDED, Status.REFUND_APPROVED);

		private final Status to;

		private final java.util.Set<Status> from;

		Step(Status to, Status... from) {
			this.to = to;
			this.from = java.util.Set.of(from);
		}

		public boolean allowedFrom(Status status) {
			return from.contains(status);
		}

		public Status to() {
			return to;
		}

		public String messageKey() {
			return "deposit.step." + name();
		}

	}

	public boolean allows(Step step) {
		return step.allowedFrom(status);
	}

	public boolean takeable() {
		return allows(Step.TAKE);
	}

	public boolean refundRequestable() {
		return allows(Step.REQUEST_REFUND);
	}

	public boolean refundApprovable() {
		return allows(Step.APPROVE_REFUND);
	}

	public boolean refundPayable() {
		return allows(Step.PAY_REFUND);
	}

}
