package com.guanjia.scheduling;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import com.guanjia.platform.metrics.QueryGauges;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Breached deadlines whose work is not done yet, by kind, across all communities (issue 9
 * item 19): {@code guanjia_deadlines_breached{kind="..."}}. A clock met late stays
 * BREACHED but has its {@code met_at}, so it no longer counts.
 */
@Component
class DeadlineMetrics implements MeterBinder {

	private final JdbcClient jdbc;

	private final Duration maxAge;

	DeadlineMetrics(JdbcClient jdbc, @Value("${guanjia.metrics.max-age:10s}") Duration maxAge) {
		this.jdbc = jdbc;
		this.maxAge = maxAge;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		QueryGauges gauges = new QueryGauges(maxAge,
				() -> jdbc.sql("""
						select kind, count(*) from deadline
						where state = 'BREACHED' and met_at is null group by kind""")
					.query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
					.list()
					.stream()
					.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
		gauges.register(registry, "guanjia.deadlines.breached", "Breached deadlines whose work is still open", "kind",
				Arrays.stream(DeadlineKind.values()).map(Enum::name).toList());
	}

}
