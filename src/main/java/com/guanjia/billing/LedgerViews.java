package com.guanjia.billing;

import java.time.Instant;
import java.time.LocalDate;

import com.guanjia.shared.Money;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/** What the ledger shows: entries, open bill lines and a unit's balance. */
public final class LedgerViews {

	private LedgerViews() {
	}

	@NamedInterface("api")
	public record Entry(long id, long unitId, EntryKind kind, Money amount, @Nullable Long billLineId,
			@Nullable ChargeItem item, @Nullable LocalDate period, @Nullable String refType, @Nullable Long refId,
			@Nullable Long reversesId, @Nullable String reason, Instant createdAt, String createdBy) {
	}

	/** A bill line and what is still owed on it. */
	@NamedInterface("api")
	public record Line(long id, long communityId, long unitId, ChargeItem item, LocalDate period, Money amount,
			Money outstanding, LocalDate dueDate, @Nullable String detail) {

		public boolean isOpen() {
			return outstanding.isPositive();
		}

	}

	/**
	 * A unit's position, derived from its entries: {@code owed} is the sum of open lines,
	 * {@code credit} the prepaid money not yet applied, {@code balance} the sum of all
	 * entries (owed − credit).
	 */
	public record Balance(Money owed, Money credit, Money balance) {
	}

	public record ReversalRequest(long id, long communityId, long entryId, long unitId, Money amount, String reason,
			String status, String requestedBy, @Nullable String decidedBy) {
	}

}
