package com.guanjia.carpark;

import com.guanjia.cashier.ReceiptView;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * What came of an exit: the stay (left, or held), the receipt of its fee when it paid,
 * and the held vehicle when it had to be held (a card of another plate, R12.3).
 */
@NamedInterface("api")
public record ExitResult(StayView stay, @Nullable ReceiptView receipt, @Nullable Long heldId) {

	public boolean held() {
		return heldId != null;
	}

}
