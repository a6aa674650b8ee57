/**
 * The cashier (R6.3, R6.5, R6.6): payments of a unit's bills by cash, card, transfer or
 * online, receipts numbered without gaps per community and year, voids approved by a
 * second person and red reversals (红冲) of closed days, deposits whose refunds finance
 * approves, invoice numbers recorded from the tax system, and the cashier's daily close
 * confirmed by finance. Bills and the ledger belong to {@code billing}; the cashier
 * settles them through {@link com.guanjia.billing.Ledger}.
 * <p>
 * Other modules use {@code Deposits}, {@code DepositView} and the {@code DepositRefunded}
 * event: renovation (its deposit asked at the permit and refunded at completion, R9.3,
 * R9.7); {@code CashierFees} with {@code FeePayment}, {@code FeePurpose},
 * {@code PaymentMethod}, {@code ReceiptView} and the {@code ReceiptVoided} event: the car
 * park takes its fees with the same gap-free receipts;
 * {@code CashierEvents.DailyCloseDue} (notifications reminds the cashiers);
 * {@code Cashier}, {@code DailyCloses} and {@code Invoices} with their commands and views
 * (the demo takes payments, closes a day, corrects a receipt and records an invoice).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access :: api", "billing :: api",
		"estate :: api", "platform", "residents :: api", "scheduling :: api", "shared" })
@org.jspecify.annotations.NullMarked
package com.guanjia.cashier;
