package com.guanjia.renovation;

import com.guanjia.cashier.CashierEvents.DepositRefunded;
import com.guanjia.inspections.InspectionEvents.FindingRaised;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Closes a renovation when the cashier reports its deposit refunded (R9.7); turns an item
 * failed on a renovation's daily check into a violation (R9.5). After the publisher's
 * commit, persisted so none is lost, idempotent.
 */
@Component
class RenovationListeners {

	private final Renovations renovations;

	private final SiteChecks checks;

	RenovationListeners(Renovations renovations, SiteChecks checks) {
		this.renovations = renovations;
		this.checks = checks;
	}

	@ApplicationModuleListener
	void on(DepositRefunded e) {
		renovations.depositRefunded(e.communityId(), e.depositId(), e.approvedBy());
	}

	@ApplicationModuleListener
	void on(FindingRaised e) {
		checks.findingRaised(e);
	}

}
