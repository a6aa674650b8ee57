package com.guanjia.movein;

import java.time.Clock;
import java.time.Duration;

import com.guanjia.meters.MeterEvents.ReadingHeld;
import com.guanjia.scheduling.RecurringJob;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Custody's work that nobody starts by hand: the weekly outside check of every unit in
 * custody (R8.4, "每周"), planned once per unit and week however often the job runs (the
 * round's occurrence key), on one instance (the scheduling module's db-scheduler); and a
 * reading meters held above the custodial limit (R7.2), flagged on the unit's agreement
 * (persisted, idempotent listener).
 */
@Component
class CustodyChecks implements RecurringJob {

	private final Custodies custodies;

	private final Clock clock;

	private final Duration interval;

	CustodyChecks(Custodies custodies, Clock clock, @Value("${guanjia.custody.job-interval:1h}") Duration interval) {
		this.custodies = custodies;
		this.clock = clock;
		this.interval = interval;
	}

	@Override
	public String name() {
		return "custody-checks";
	}

	@Override
	public Duration interval() {
		return interval;
	}

	@Override
	public void run() {
		for (long communityId : custodies.communitiesWithCustody()) {
			custodies.planWeek(communityId, clock.instant());
		}
	}

	@ApplicationModuleListener
	void on(ReadingHeld event) {
		custodies.flag(event);
	}

}
