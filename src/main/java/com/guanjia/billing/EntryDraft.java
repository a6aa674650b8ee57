package com.guanjia.billing;

import com.guanjia.billing.LedgerViews.Entry;
import com.guanjia.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A ledger entry about to be appended: its unit, kind and amount, and optionally the bill
 * line it moves, what caused it, the entry it reverses and why. Built by naming each part
 * ({@code EntryDraft.of(unit, PAYMENT, amount).onLine(id).ref("PAYMENT", paymentId)}), so
 * no call site passes a row of positional nulls.
 */
record EntryDraft(long unitId, EntryKind kind, Money amount, @Nullable Long lineId, @Nullable String refType,
		@Nullable Long refId, @Nullable Long reversesId, @Nullable String reason) {

	static EntryDraft of(long unitId, EntryKind kind, Money amount) {
		return new EntryDraft(unitId, kind, amount, null, null, null, null, null);
	}

	/** The exact opposite of {@code entry}, on the same line. */
	static EntryDraft reversing(Entry entry) {
		return new EntryDraft(entry.unitId(), EntryKind.REVERSAL, entry.amount().negate(), entry.billLineId(), null,
				null, entry.id(), null);
	}

	EntryDraft onLine(@Nullable Long line) {
		return new EntryDraft(unitId, kind, amount, line, refType, refId, reversesId, reason);
	}

	EntryDraft ref(String type, long id) {
		return new EntryDraft(unitId, kind, amount, lineId, type, id, reversesId, reason);
	}

	EntryDraft because(@Nullable String why) {
		return new EntryDraft(unitId, kind, amount, lineId, refType, refId, reversesId, why);
	}

}
