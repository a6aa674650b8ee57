/**
 * The cashier (R6.3, R6.5, R6.6): payments of a unit's bills by cash, card, transfer or
 * online, receipts numbered without gaps per community and year, voids and deposit
 * refunds approved by a second person, and the cashier's daily close confirmed by
 * finance. Bills and the ledger belong to {@code billing}; the cashier settles them
 * through {@link com.guanjia.billing.Ledger}.
 * <p>
 * Other modules use {@code Deposits} and {@code DepositView}: renovation (its deposit
 * asked at the permit and refunded at completion, R9.3, R9.7); and {@code CashierFees}
 * with {@code FeePayment}, {@code FeePurpose}, {@code PaymentMethod}, {@code ReceiptView}
 * and the {@code ReceiptVoided} event: the car park takes its fees with the same gap-free
 * receipts.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "billing :: api", "estate :: api", "platform", "shared" })
@org.jspecify.annotations.NullMarked
package com.guanjia.cashier;
