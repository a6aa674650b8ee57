package com.guanjia.carpark;

import java.util.List;

import com.guanjia.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * What the exit would do now (R12.1, R12.2), for the guard to check before the vehicle
 * leaves: the stay, what the cards say ({@code card} and the card's number), the tariff's
 * fee with its days, whether the vehicle must be held, and the plate's record in the
 * registry (unit and registered driver) to compare with the driver (seed 001 item 5
 * "核对车牌号码、 驾驶人员姓名、相貌与档案记录").
 */
public record ExitQuote(StayView stay, CardCheck card, @Nullable String cardNumber, long minutes, Money fee,
		@Nullable FreeReason freeReason, @Nullable HoldReason hold, List<Tariff.Day> days,
		@Nullable String approvalReference, List<String> registered) {

	public boolean mustHold() {
		return hold != null;
	}

	public boolean free() {
		return hold == null && !fee.isPositive();
	}

}
