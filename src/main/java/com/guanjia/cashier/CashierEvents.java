package com.guanjia.cashier;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the cashier tells other modules. */
public final class CashierEvents {

	private CashierEvents() {
	}

	public record PaymentReceived(long communityId, long unitId, long paymentId, String receiptNumber,
			BigDecimal amount) {
	}

	public record ReceiptVoided(long communityId, long unitId, long receiptId, String receiptNumber, String reason) {
	}

	public record DayClosed(long communityId, long closeId, String cashier, LocalDate businessDay, BigDecimal total) {
	}

}
