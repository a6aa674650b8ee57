package com.guanjia.carpark;

import java.time.Instant;
import java.util.List;

import com.guanjia.shared.Money;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A vehicle's stay as the gate page and the API show it; {@code actions} are the steps it
 * allows now, {@code receiptNumber} the receipt of its fee, {@code passHanded} whether
 * the exit must take a pass back.
 */
@NamedInterface("api")
public record StayView(long id, long communityId, String plate, StayStatus status, @Nullable String passNumber,
		Instant enteredAt, EntrySource entrySource, String enteredBy, boolean goodsChecked, @Nullable String damageNote,
		boolean damageTold, @Nullable Long entryCardId, @Nullable Instant exitedAt, @Nullable String exitedBy,
		@Nullable Money fee, @Nullable FreeReason freeReason, @Nullable String freeNote, @Nullable String approvedBy,
		@Nullable Long cardId, @Nullable Boolean driverChecked, @Nullable Boolean passReturned,
		@Nullable EntrySource exitSource, @Nullable String receiptNumber, @Nullable String incidentNote,
		boolean passHanded, List<StayAction> actions) {

	static StayView of(Stay s, @Nullable String receiptNumber) {
		Stay.Entry e = s.entry();
		Stay.Exit x = s.exit();
		return new StayView(s.id(), s.communityId(), e.plate(), s.status(), e.passNumber(), e.at(), e.source(), e.by(),
				e.goodsChecked(), e.damageNote(), e.damageTold(), e.cardId(), x == null ? null : x.at(),
				x == null ? null : x.by(), x == null ? null : x.fee(), x == null ? null : x.freeReason(),
				x == null ? null : x.freeNote(), x == null ? null : x.approvedBy(), x == null ? null : x.cardId(),
				x == null ? null : x.driverChecked(), x == null ? null : x.passReturned(),
				x == null ? null : x.source(), receiptNumber, s.incidentNote(), s.passHanded(),
				List.copyOf(s.possibleSteps()));
	}

	/** Held at the exit for the shift lead (R12.3). */
	public boolean held() {
		return status == StayStatus.HELD;
	}

	public boolean allows(StayAction action) {
		return actions.contains(action);
	}

	/**
	 * The ticket number handed to the driver: the pass typed in, or the stay's own
	 * number.
	 */
	public String ticket() {
		return passNumber != null ? passNumber : String.format("%06d", id);
	}

}
