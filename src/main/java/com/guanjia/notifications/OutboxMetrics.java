package com.guanjia.notifications;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import com.guanjia.platform.metrics.QueryGauges;
import com.guanjia.platform.db.SqlTime;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The message outbox's backlog across all communities (issue 9 item 19):
 * {@code guanjia_outbox_backlog} messages still pending, and
 * {@code guanjia_outbox_backlog_oldest_seconds}, the age of the oldest (0 if none).
 */
@Component
class OutboxMetrics implements MeterBinder {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration maxAge;

	OutboxMetrics(JdbcClient jdbc, Clock clock, @Value("${guanjia.metrics.max-age:10s}") Duration maxAge) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxAge = maxAge;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		QueryGauges gauges = new QueryGauges(maxAge,
				() -> jdbc
					.sql("""
							select count(*) as n, coalesce(extract(epoch from cast(? as timestamptz) - min(created_at)), 0) as oldest
							from notification_outbox where status = 'PENDING'""")
					.param(SqlTime.utc(clock.instant()))
					.query((rs, i) -> Map.of("count", rs.getLong("n"), "oldest", rs.getDouble("oldest")))
					.single());
		gauges.register(registry, "guanjia.outbox.backlog", "Outbox messages not yet sent", "count");
		gauges.register(registry, "guanjia.outbox.backlog.oldest.seconds", "Age of the oldest unsent outbox message",
				"oldest");
	}

}
