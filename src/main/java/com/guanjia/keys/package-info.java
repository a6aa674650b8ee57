/**
 * The front office's custody of small things (R10.1, R10.3): the key register — unit and
 * shop keys, resident cards, car cards and unissued intercom handsets, numbered, with
 * their storage place and history — keys issued at move-in and lent with the borrower's
 * identity checked against the unit's owners and their authorisations, the end-of-day
 * list of keys still out, the monthly stock-take whose missing items stay flagged until
 * resolved, card issue and renewal; and the letters and parcels held at the desk, the
 * resident told once through the outbox. Both are the desk's registers of R10, hence one
 * module. It uses estate (units), residents (owners, authorisations, identity by ID
 * number) and announces what happened in {@link com.guanjia.keys.KeyEvents}.
 * <p>
 * Other modules use the events in {@code KeyEvents} and {@code MailKind} (notifications
 * tells the resident), and {@code KeyRegister} with {@code KeyItemView} and
 * {@code KeyKind} (movein hands a unit's keys out), and the demo seeds the register, the
 * loans, the stock-take and the mail through {@code KeyRegister}, {@code KeyLoans},
 * {@code StockTakes} and {@code MailDesk} with their commands and views.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "estate :: api", "platform", "residents :: api", "shared" })
@org.jspecify.annotations.NullMarked
package com.guanjia.keys;
