package com.guanjia.inspections;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.guanjia.scheduling.RecurringJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The inspections' recurring work, each execution on one instance (the scheduling
 * module's db-scheduler): plan the day's rounds of every community with schedules, flag
 * the rounds nobody started before their window closed (R11.1, once each), and mark the
 * rectification notices whose deadline passed. Each community and each record is its own
 * transaction; the keys and row locks make a second instance's run harmless.
 */
@Component
class InspectionJob implements RecurringJob {

	static final String TASK_NAME = "inspection-rounds";

	private static final Logger log = LoggerFactory.getLogger(InspectionJob.class);

	private final RoundPlanner planner;

	private final RoundRepository rounds;

	private final RoundWork work;

	private final RectificationRepository rectifications;

	private final Rectifications notices;

	private final Clock clock;

	private final Duration interval;

	InspectionJob(RoundPlanner planner, RoundRepository rounds, RoundWork work, RectificationRepository rectifications,
			Rectifications notices, Clock clock, @Value("${guanjia.inspections.job-interval:1m}") Duration interval) {
		this.planner = planner;
		this.rounds = rounds;
		this.work = work;
		this.rectifications = rectifications;
		this.notices = notices;
		this.clock = clock;
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
		Instant now = clock.instant();
		for (long communityId : planner.communities()) {
			planner.plan(communityId, now);
		}
		int missed = flagMissed(now);
		int overdue = markOverdue(now);
		if (missed + overdue > 0) {
			log.info("Inspections: {} rounds missed, {} rectifications overdue", missed, overdue);
		}
	}

	/** Flags every round missed by {@code now}; answers how many this call flagged. */
	int flagMissed(Instant now) {
		int flagged = 0;
		for (RoundId id : rounds.missable(now, 1000)) {
			if (work.flagMissed(id, now)) {
				flagged++;
			}
		}
		return flagged;
	}

	int markOverdue(Instant now) {
		int marked = 0;
		for (RectificationId id : rectifications.pastDeadline(now, 1000)) {
			if (notices.markOverdue(id, now)) {
				marked++;
			}
		}
		return marked;
	}

}
