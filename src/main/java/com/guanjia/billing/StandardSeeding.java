package com.guanjia.billing;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.EstateEvents.CommunityCreated;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seeds a new community's first management fee standard from its contracted rate. It
 * listens synchronously, inside the transaction that creates the community, so no
 * community can be billed without the rate its contract states (a later standard replaces
 * it from its date).
 */
@Component
class StandardSeeding {

	private final ChargeStandards standards;

	private final CommunityDirectory communities;

	StandardSeeding(ChargeStandards standards, CommunityDirectory communities) {
		this.standards = standards;
		this.communities = communities;
	}

	@EventListener
	void on(CommunityCreated event) {
		communities.managementFeeRate(event.communityId())
			.ifPresent(rate -> standards.seedManagementFee(event.communityId(), rate));
	}

}
