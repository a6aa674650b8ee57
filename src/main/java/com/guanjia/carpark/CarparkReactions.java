package com.guanjia.carpark;

import com.guanjia.cashier.CashierEvents.ReceiptVoided;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the car park does when another module tells it something: a receipt the cashier
 * voided no longer counts among the shift's receipts and the fees reported. Idempotent:
 * marking a fee voided twice changes nothing.
 */
@Component
class CarparkReactions {

	private final ParkingFeeRepository fees;

	CarparkReactions(ParkingFeeRepository fees) {
		this.fees = fees;
	}

	@ApplicationModuleListener
	void on(ReceiptVoided e) {
		if (e.unitId() == null) {
			fees.markVoided(e.communityId(), e.receiptId());
		}
	}

}
