package com.guanjia.platform.metrics;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import com.guanjia.platform.db.SqlTime;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Spring Modulith's event publications not yet completed (issue 9 item 19): a listener
 * that keeps failing, or listeners falling behind, show here before anyone misses a
 * notice. {@code guanjia_events_incomplete} counts them;
 * {@code guanjia_events_incomplete_oldest_seconds} is the age of the oldest (0 if none).
 */
@Component
class EventPublicationMetrics implements MeterBinder {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration maxAge;

	EventPublicationMetrics(JdbcClient jdbc, Clock clock, @Value("${guanjia.metrics.max-age:10s}") Duration maxAge) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxAge = maxAge;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		QueryGauges gauges = new QueryGauges(maxAge,
				() -> jdbc.sql("""
						select count(*) as n,
						       coalesce(extract(epoch from cast(? as timestamptz) - min(publication_date)), 0) as oldest
						from event_publication where completion_date is null""")
					.param(SqlTime.utc(clock.instant()))
					.query((rs, i) -> Map.of("count", rs.getLong("n"), "oldest", rs.getDouble("oldest")))
					.single());
		gauges.register(registry, "guanjia.events.incomplete", "Event publications not yet completed", "count");
		gauges.register(registry, "guanjia.events.incomplete.oldest.seconds",
				"Age of the oldest incomplete event publication", "oldest");
	}

}
