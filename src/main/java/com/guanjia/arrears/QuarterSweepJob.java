package com.guanjia.arrears;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.scheduling.RecurringJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The quarter-end sweep of unpaid units (R6.7, seed 003 "每季度末对未交费的单元进行催缴"), checked every
 * hour on one instance (the scheduling module's db-scheduler); each community's sweep of
 * a quarter is claimed by a row ({@code dunning_sweep}), so it runs once however many
 * instances or runs there are.
 */
@Component
class QuarterSweepJob implements RecurringJob {

	private static final Logger log = LoggerFactory.getLogger(QuarterSweepJob.class);

	private final Dunning dunning;

	private final CommunityDirectory communities;

	private final Clock clock;

	private final Duration interval;

	QuarterSweepJob(Dunning dunning, CommunityDirectory communities, Clock clock,
			@Value("${guanjia.arrears.sweep-interval:1h}") Duration interval) {
		this.dunning = dunning;
		this.communities = communities;
		this.clock = clock;
		this.interval = interval;
	}

	@Override
	public String name() {
		return "arrears-quarter-sweep";
	}

	@Override
	public Duration interval() {
		return interval;
	}

	@Override
	public void run() {
		Instant now = clock.instant();
		for (long communityId : communities.allIds()) {
			int listed = dunning.sweep(communityId, now);
			if (listed >= 0) {
				log.info("Quarter-end sweep of community {}: {} units in arrears", communityId, listed);
			}
		}
	}

}
