package com.guanjia.notifications;

import java.time.Clock;
import java.time.Duration;

import com.guanjia.platform.metrics.QueryGauges;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The message outbox's backlog across all communities (issue 9 item 19):
 * {@code guanjia_outbox_backlog} messages not delivered yet (waiting, sending, to retry,
 * throttled), {@code guanjia_outbox_backlog_oldest_seconds}, the age of the oldest (0 if
 * none), and {@code guanjia_outbox_failed}, messages given up on until a supervisor
 * retries them (issue 10 item 13).
 */
@Component
class OutboxMetrics implements MeterBinder {

	private final OutboxRepository outbox;

	private final Clock clock;

	private final Duration maxAge;

	OutboxMetrics(OutboxRepository outbox, Clock clock, @Value("${guanjia.metrics.max-age:10s}") Duration maxAge) {
		this.outbox = outbox;
		this.clock = clock;
		this.maxAge = maxAge;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		QueryGauges gauges = new QueryGauges(maxAge, () -> outbox.backlog(clock.instant()));
		gauges.register(registry, "guanjia.outbox.backlog", "Outbox messages not yet sent", "count");
		gauges.register(registry, "guanjia.outbox.backlog.oldest.seconds", "Age of the oldest unsent outbox message",
				"oldest");
		gauges.register(registry, "guanjia.outbox.failed", "Outbox messages given up on (to retry by hand)", "failed");
	}

}
