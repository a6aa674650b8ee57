package com.guanjia.cashier;

import java.util.List;

import com.guanjia.shared.Money;

import org.jspecify.annotations.Nullable;

/**
 * A daily close line by line, for finance to check before confirming: the receipts of the
 * cashier's day (voided and red ones marked, with the invoices recorded for each) and the
 * deposit refunds paid out.
 */
public record CloseBreakdown(DailyCloseView close, List<Receipt> receipts, List<Refund> refunds) {

	public record Receipt(long id, String number, String unitLabel, PaymentMethod method, Money amount, boolean voided,
			@Nullable String reverses, List<String> invoices) {
	}

	public record Refund(long depositId, PaymentMethod method, Money amount) {
	}

}
