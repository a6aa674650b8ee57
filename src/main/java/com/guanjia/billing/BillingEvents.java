package com.guanjia.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/** What billing tells other modules (e.g. notifications sends the notices by SMS). */
public final class BillingEvents {

	private BillingEvents() {
	}

	/**
	 * A billing run was committed: payment notices (缴费通知单) of its units are ready; read
	 * them with {@link PaymentNotices#forRun}. One event per run rather than per unit
	 * keeps a run over 200,000 units from writing 200,000 event publications.
	 */
	@NamedInterface("api")
	public record PaymentNoticesIssued(long communityId, long runId, LocalDate firstMonth, int months, int units,
			BigDecimal total) {
	}

	/**
	 * A unit owes nothing any more (its last open line was paid): dunning stops (R6.7).
	 */
	@NamedInterface("api")
	public record UnitSettled(long communityId, long unitId) {
	}

	/**
	 * A charge was reversed, discounted or paid back: what a unit owes went up or down.
	 */
	public record LedgerChanged(long communityId, long unitId) {
	}

}
