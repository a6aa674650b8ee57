package com.guanjia.carpark;

import java.time.Instant;
import java.util.List;

import com.guanjia.shared.Money;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A shift's handover log as the form shows it (R12.4): its fields once handed over, the
 * shift's receipts ({@code receiptsCount}, {@code receiptsTotal}: counted at the close,
 * or so far while open) and the {@code difference} between the fees written down and the
 * receipts; {@code actions} are the steps it allows now.
 */
@NamedInterface("api")
public record ShiftLogView(long id, long communityId, String number, String shiftName, String post, ShiftStatus status,
		Instant openedAt, String openedBy, @Nullable String handedOverBy, @Nullable String takenOverBy,
		@Nullable String events, @Nullable Integer radios, @Nullable Integer keys, @Nullable Integer batons,
		@Nullable Integer torches, @Nullable Money fees, @Nullable Integer tickets, @Nullable String notes,
		@Nullable Instant closedAt, @Nullable String closedBy, int receiptsCount, Money receiptsTotal,
		@Nullable Money difference, @Nullable String signedName, @Nullable Instant signedAt,
		List<String> receiptNumbers, List<HeldView> holds, List<ShiftAction> actions) {

	static ShiftLogView of(ShiftLog log, ShiftLog.Receipts soFar, List<String> receiptNumbers, List<HeldView> holds) {
		ShiftLog.Handover h = log.handover();
		ShiftLog.Receipts r = log.receipts() == null ? soFar : log.receipts();
		ShiftLog.Signature s = log.signature();
		return new ShiftLogView(log.id(), log.communityId(), log.number(), log.shiftName(), log.post(), log.status(),
				log.openedAt(), log.openedBy(), h == null ? null : h.handedOverBy(), h == null ? null : h.takenOverBy(),
				h == null ? null : h.events(), h == null ? null : h.radios(), h == null ? null : h.keys(),
				h == null ? null : h.batons(), h == null ? null : h.torches(), h == null ? null : h.fees(),
				h == null ? null : h.tickets(), h == null ? null : h.notes(), log.closedAt(), log.closedBy(), r.count(),
				r.total(), log.difference(), s == null ? null : s.name(), s == null ? null : s.at(),
				List.copyOf(receiptNumbers), List.copyOf(holds), List.copyOf(log.possibleSteps()));
	}

	public boolean allows(ShiftAction action) {
		return actions.contains(action);
	}

	/** Whether the fees written down equal the shift's receipts (once handed over). */
	public boolean balanced() {
		return difference != null && difference.isZero();
	}

}
