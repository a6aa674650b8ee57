package com.guanjia.carpark;

import java.math.BigDecimal;
import java.time.Instant;

import com.guanjia.cashier.PaymentMethod;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A vehicle at the exit (R12.1, R12.2; seed 001 items 4–6): the card presented, if any;
 * the driver and record checked; the pass taken back; a policy-free or approved free
 * vehicle with the note for the register's 备注 (and who approved); how the fee is paid
 * (cash names what was tendered); the request key that makes a retry charge once; and —
 * only for the shift lead's 补录 — when it happened.
 */
@NamedInterface("api")
public record ExitVehicle(@Nullable String cardNumber, boolean driverChecked, boolean passReturned,
		@Nullable FreeReason free, @Nullable String freeNote, @Nullable String approvedBy,
		@Nullable PaymentMethod method, @Nullable BigDecimal tendered, @Nullable String requestKey,
		@Nullable Instant at) {

	/**
	 * A camera's exit on an automatic lane (seed 001 item 7): a valid card, nothing
	 * presented, no guard to check the driver, no pass to take back.
	 */
	static ExitVehicle automatic(@Nullable Instant at) {
		return new ExitVehicle(null, false, false, null, null, null, null, null, null, at);
	}

	void validate(Problems p) {
		p.optionalText("cardNumber", cardNumber, 20);
		p.check(free == null || free == FreeReason.POLICY || free == FreeReason.APPROVED, "free", "validation.invalid");
		p.check(free == null || !EnterVehicle.blank(freeNote), "freeNote", "carpark.exit.freeNote");
		p.optionalText("freeNote", freeNote, 200);
		p.check(free != FreeReason.APPROVED || !EnterVehicle.blank(approvedBy), "approvedBy",
				"carpark.exit.approvedBy");
		p.optionalText("approvedBy", approvedBy, 50);
		p.optionalText("requestKey", requestKey, 60);
		if (tendered != null) {
			p.check(tendered.signum() >= 0 && tendered.stripTrailingZeros().scale() <= 2, "tendered",
					"validation.scale2");
		}
	}

}
