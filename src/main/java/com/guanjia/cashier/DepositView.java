package com.guanjia.cashier;

import com.guanjia.shared.Money;

import org.jspecify.annotations.Nullable;

/** A deposit or guarantee (押金/保证金, R6.5) and where it stands. */
public record DepositView(long id, long communityId, long unitId, String purpose, Money amount, Status status,
		String requestedBy, @Nullable String approvedBy, @Nullable Long paymentId, @Nullable String refundReason,
		@Nullable String refundRequestedBy, @Nullable String refundApprovedBy, int version) {

	/**
	 * REQUESTED → APPROVED → HELD (paid, with a receipt) → REFUND_REQUESTED → REFUNDED.
	 */
	public enum Status {

		REQUESTED, APPROVED, HELD, REFUND_REQUESTED, REFUNDED;

		public String messageKey() {
			return "deposit.status." + name();
		}

	}

}
