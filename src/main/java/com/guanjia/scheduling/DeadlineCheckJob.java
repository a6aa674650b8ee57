package com.guanjia.scheduling;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs the deadline check on a fixed delay
 * ({@code guanjia.scheduling.deadline-check-interval}, 30 s), once per execution across
 * instances (decision 0008).
 */
@Component
class DeadlineCheckJob implements RecurringJob {

	static final String TASK_NAME = "deadline-check";

	private static final Logger log = LoggerFactory.getLogger(DeadlineCheckJob.class);

	private final Deadlines deadlines;

	private final Duration interval;

	DeadlineCheckJob(Deadlines deadlines,
			@Value("${guanjia.scheduling.deadline-check-interval:30s}") Duration interval) {
		this.deadlines = deadlines;
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
		var result = deadlines.check();
		if (result.warned() + result.breached() > 0) {
			log.info("Deadline check: {} warnings, {} breaches", result.warned(), result.breached());
		}
	}

}
