package com.guanjia.renovation;

import com.guanjia.cashier.CashierEvents.DepositRefunded;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Closes a renovation when the cashier reports its deposit refunded (R9.7): after the
 * cashier's commit, persisted so none is lost, idempotent.
 */
@Component
class RenovationListeners {

	private final Renovations renovations;

	RenovationListeners(Renovations renovations) {
		this.renovations = renovations;
	}

	@ApplicationModuleListener
	void on(DepositRefunded e) {
		renovations.depositRefunded(e.communityId(), e.depositId(), e.approvedBy());
	}

}
