/**
 * Fees (R6.1–R6.4): dated charge standards per community, billing runs that turn
 * standards, unit facts and meter readings into bill lines, payment notices and the
 * append-only ledger per unit. The root package holds the module's services and, marked
 * {@code @NamedInterface("api")}, its API; {@code web} holds pages and JSON resources.
 * <p>
 * Other modules use {@code Ledger}, {@code LedgerViews} and {@code FeeReports} (the
 * cashier settles bills, arrears ages debts), {@code PaymentNotices} and the events in
 * {@code BillingEvents} (notifications, arrears), {@code BillingRuns} (the demo),
 * {@code Ledger} with {@code ChargeItem} (renovation's one-off garbage fee),
 * {@code RentCharges} (the car park's monthly space check) and {@code PaidRepairCharge}
 * (workorders bills a signed repair's charges, R3.4).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "estate :: api", "meters :: api", "platform", "residents :: api", "shared" })
@org.jspecify.annotations.NullMarked
package com.guanjia.billing;
