package com.guanjia.meters;

import java.time.Clock;
import java.time.LocalDate;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.EstateEvents.UnitStateChanged;
import com.guanjia.estate.UnitState;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the day each unit was put in custody (托管), so a custodial limit counted over the
 * whole custody period (seed 002 "托管期间水表不超过5º，电表不超过20º", {@link CustodialBasis}) knows
 * where the period starts. A unit leaving custody ends its period. Redelivery is
 * harmless: a start already kept is not moved.
 */
@Component
class CustodyPeriods {

	private final MeterRepository meters;

	private final CommunityDirectory communities;

	private final Clock clock;

	CustodyPeriods(MeterRepository meters, CommunityDirectory communities, Clock clock) {
		this.meters = meters;
		this.communities = communities;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(UnitStateChanged e) {
		record(e);
	}

	/** The listener's work (a test calls it to deliver the event synchronously). */
	@Transactional
	void record(UnitStateChanged e) {
		if (e.to() == UnitState.CUSTODIAL) {
			meters.startCustody(e.communityId(), e.unitId(),
					LocalDate.now(clock.withZone(communities.timeZone(e.communityId()))));
		}
		else if (e.from() == UnitState.CUSTODIAL) {
			meters.endCustody(e.communityId(), e.unitId());
		}
	}

}
