package com.guanjia.arrears;

import com.guanjia.billing.BillingEvents.UnitSettled;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Paying everything stops the ladder (R6.7): the unit's open case is closed, and where
 * water or power was suspended a restore task is created and announced at once
 * ({@link Dunning#settled}).
 */
@Component
class DunningClosing {

	private final Dunning dunning;

	DunningClosing(Dunning dunning) {
		this.dunning = dunning;
	}

	@ApplicationModuleListener
	void on(UnitSettled event) {
		dunning.settled(event.communityId(), event.unitId());
	}

}
