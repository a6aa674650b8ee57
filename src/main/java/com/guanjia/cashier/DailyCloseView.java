package com.guanjia.cashier;

import java.time.Instant;
import java.time.LocalDate;

import com.guanjia.shared.FourEyes;
import com.guanjia.shared.Money;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * The cashier's daily income handover (日收入情况交接表, R6.6): totals by method, receipt numbers
 * and counts, voids, red reversals, deposit refunds paid out (cash refunds leave the
 * drawer: {@code cashToHandOver} is the cash taken less them), the invoice numbers
 * recorded for the day's receipts, and to whom the money went. {@code id} is 0 for a day
 * not yet closed.
 */
@NamedInterface("api")
public record DailyCloseView(long id, long communityId, String cashier, LocalDate businessDay, Money cash, Money card,
		Money transfer, Money online, Money total, int receipts, @Nullable String firstReceipt,
		@Nullable String lastReceipt, int voids, Money voidAmount, int reversals, Money reversalAmount, int refunds,
		Money refundAmount, Money cashRefunds, Money cashToHandOver, int invoices, @Nullable String invoiceRange,
		@Nullable HandedTo handedTo, @Nullable String note, @Nullable Instant closedAt, @Nullable String confirmedBy,
		@Nullable Instant confirmedAt) {

	public boolean isClosed() {
		return id > 0;
	}

	/**
	 * Whether {@code user} may confirm this close now: closed, not confirmed yet, and not
	 * their own (four eyes).
	 */
	public boolean confirmableBy(String user) {
		return isClosed() && confirmedBy == null && FourEyes.DAILY_CLOSE.allows(cashier, user);
	}

	/**
	 * Where the day's money went: the finance office's cashier (出纳) or straight to the
	 * bank.
	 */
	public enum HandedTo {

		FINANCE, BANK

	}

}
