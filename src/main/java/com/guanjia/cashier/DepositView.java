package com.guanjia.cashier;

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
		@Nullable String refundRequestedBy, @Nullable String refundApprovedBy, int version, Money deduction,
		@Nullable String deductionReason) {

	/** What is (or will be) paid back: the deposit less the deduction. */
	public Money refunded() {
		return amount.minus(deduction);
	}

	/**
	 * REQUESTED → APPROVED → HELD (paid, with a receipt) → REFUND_REQUESTED → REFUNDED.
	 */
	public enum Status {

		REQUESTED, APPROVED, HELD, REFUND_REQUESTED, REFUNDED;

		public String messageKey() {
			return "deposit.status." + name();
		}

	}

	/**
	 * The steps of a deposit and the one state each is allowed from; the model checks
	 * them and the page offers exactly these.
	 */
	public enum Step {

		/** A second person approves the deposit asked for. */
		APPROVE(Status.REQUESTED, Status.APPROVED),
		/** The cashier takes the money and issues a receipt. */
		TAKE(Status.APPROVED, Status.HELD),
		/** The refund is asked for with a reason. */
		REQUEST_REFUND(Status.HELD, Status.REFUND_REQUESTED),
		/** A second person approves (signs) the refund: the money is paid back. */
		APPROVE_REFUND(Status.REFUND_REQUESTED, Status.REFUNDED);

		private final Status from;

		private final Status to;

		Step(Status from, Status to) {
			this.from = from;
			this.to = to;
		}

		public boolean allowedFrom(Status status) {
			return status == from;
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

	public boolean approvable() {
		return allows(Step.APPROVE);
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

}
