package com.guanjia.carpark;

import java.math.BigDecimal;

import com.guanjia.cashier.PaymentMethod;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

/**
 * The shift lead's release of a held vehicle (R12.3, seed 001 item 8): the owner's name
 * as on the documents checked, confirmation that the driver is the owner, the pass taken
 * back when the entry handed one (R12.1, seed 001 item 5 "回收車輛出入證"), and how the fee is
 * paid (it pays as a visitor).
 */
public record ReleaseVehicle(@Nullable String ownerName, boolean driverIsOwner, boolean passReturned,
		@Nullable PaymentMethod method, @Nullable BigDecimal tendered, @Nullable String requestKey) {

	void validate() {
		Problems p = new Problems();
		p.text("ownerName", ownerName, 50);
		p.check(driverIsOwner, "driverIsOwner", "carpark.held.ownerUnverified");
		p.optionalText("requestKey", requestKey, 60);
		p.throwIfAny();
	}

}
