/**
 * Fees (R6.1–R6.4): dated charge standards per community, billing runs that turn
 * standards, unit facts and meter readings into bill lines, payment notices and the
 * append-only ledger per unit. The root package is the module's API; {@code web} holds
 * pages and JSON resources.
 */
@org.jspecify.annotations.NullMarked
package com.guanjia.billing;
