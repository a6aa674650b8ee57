package com.guanjia.renovation;

import java.time.Duration;

import com.guanjia.scheduling.RecurringJob;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Plans the daily checks of every renovation under way (R9.5), each execution on one
 * instance (the scheduling module's db-scheduler); each community is its own transaction,
 * and a check exists once per renovation, day and kind (the inspections engine's
 * occurrence key and {@code renovation_site_check}'s key), so a second instance's run, or
 * a run every few minutes, is harmless.
 */
@Component
class SiteCheckJob implements RecurringJob {

	static final String TASK_NAME = "renovation-site-checks";

	private final SiteChecks checks;

	private final Duration interval;

	SiteCheckJob(SiteChecks checks, @Value("${guanjia.renovation.check-interval:10m}") Duration interval) {
		this.checks = checks;
		this.interval = interval;
	}

	@Override
	public String name() {
		return TASK_NAME;
	}

	@Override
	public Duration interval() {
		return interval;
	}

	@Override
	public void run() {
		for (long communityId : checks.communitiesUnderWay()) {
			checks.planToday(communityId);
		}
	}

}
