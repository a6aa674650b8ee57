package com.guanjia.notifications;

import java.time.Duration;

import com.guanjia.scheduling.RecurringJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the due outbox messages every {@code guanjia.notifications.delivery.interval}
 * (10 s), each execution on exactly one instance however many share the database
 * (scheduling's db-scheduler, decision 0008); {@code for update skip locked} keeps a
 * message from being taken twice even so.
 */
class OutboxDeliveryJob implements RecurringJob {

	static final String TASK_NAME = "outbox-delivery";

	private static final Logger log = LoggerFactory.getLogger(OutboxDeliveryJob.class);

	private final OutboxDelivery delivery;

	private final Duration interval;

	OutboxDeliveryJob(OutboxDelivery delivery, Duration interval) {
		this.delivery = delivery;
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
		OutboxDelivery.Run run = delivery.deliverDue();
		if (run.delivered() + run.retrying() + run.failed() + run.throttled() > 0) {
			log.info("Outbox: {} delivered, {} to retry, {} failed, {} throttled", run.delivered(), run.retrying(),
					run.failed(), run.throttled());
		}
	}

}
