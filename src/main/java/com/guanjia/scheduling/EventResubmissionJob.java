package com.guanjia.scheduling;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Resubmits the event publications that are still incomplete some minutes after they were
 * published ({@code guanjia.scheduling.event-resubmission-age}, 5 minutes), every
 * {@code guanjia.scheduling.event-resubmission-interval} (1 minute): a listener that
 * failed, or whose instance stopped before it finished, runs again. It replaces Spring
 * Modulith's republish-on-restart, which made a starting instance re-run publications
 * another live instance was still handling (decision 0005). One execution runs on one
 * instance; Spring Modulith also claims each publication (status RESUBMITTED) before it
 * resubmits it.
 */
@Component
class EventResubmissionJob implements RecurringJob {

	static final String TASK_NAME = "event-resubmission";

	private final IncompleteEventPublications publications;

	private final Duration interval;

	private final Duration age;

	EventResubmissionJob(IncompleteEventPublications publications,
			@Value("${guanjia.scheduling.event-resubmission-interval:1m}") Duration interval,
			@Value("${guanjia.scheduling.event-resubmission-age:5m}") Duration age) {
		this.publications = publications;
		this.interval = interval;
		this.age = age;
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
		publications.resubmitIncompletePublicationsOlderThan(age);
	}

}
