package com.guanjia.carpark;

import com.guanjia.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * What a vehicle at the exit does (R12.2, R12.3; seed 001 items 4, 6, 8), decided from
 * the cards and the tariff's charge:
 * <ul>
 * <li>a card of another plate is a mismatch: the vehicle is held for the shift lead;</li>
 * <li>a valid card of the plate leaves free (reason CARD);</li>
 * <li>everyone else pays as a visitor — no card, an expired, cancelled or unknown card
 * (对卡与车辆不符或无效卡按规定收费) — unless the stay was too short to charge (SHORT_STAY) or the guard
 * records a policy-free or approved free vehicle (POLICY, APPROVED).</li>
 * </ul>
 * Pure; {@code ExitPolicyTests} walks every case.
 */
final class ExitPolicy {

	/** Hold the vehicle, let it go free for a reason, or charge the fee. */
	record Decision(@Nullable HoldReason hold, Money fee, @Nullable FreeReason freeReason) {

		static Decision held(HoldReason reason) {
			return new Decision(reason, Money.ZERO, null);
		}

		static Decision free(FreeReason reason) {
			return new Decision(null, Money.ZERO, reason);
		}

		static Decision pay(Money fee) {
			return new Decision(null, fee, null);
		}

		boolean isHold() {
			return hold != null;
		}

	}

	private ExitPolicy() {
	}

	/**
	 * @param card what the cards say about the plate (the card presented, or the plate's
	 * own)
	 * @param charge the tariff's charge for the stay
	 * @param requestedFree POLICY or APPROVED when the guard records such a free vehicle
	 */
	static Decision decide(CardCheck card, Tariff.Charge charge, @Nullable FreeReason requestedFree) {
		if (card == CardCheck.OTHER_PLATE) {
			return Decision.held(HoldReason.CARD_MISMATCH);
		}
		if (card == CardCheck.VALID) {
			return Decision.free(FreeReason.CARD);
		}
		if (charge.tooShort() || !charge.amount().isPositive()) {
			return Decision.free(FreeReason.SHORT_STAY);
		}
		if (requestedFree == FreeReason.POLICY || requestedFree == FreeReason.APPROVED) {
			return Decision.free(requestedFree);
		}
		return Decision.pay(charge.amount());
	}

}
