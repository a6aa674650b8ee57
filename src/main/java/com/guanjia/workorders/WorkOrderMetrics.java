package com.guanjia.workorders;

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
 * Open work orders by status across all communities (issue 9 item 19):
 * {@code guanjia_workorders_open{status="DISPATCHED"}} and so on, every status but
 * {@code CLOSED} and {@code CANCELLED}. Counted with the open-orders index.
 */
@Component
class WorkOrderMetrics implements MeterBinder {

	private final JdbcClient jdbc;

	private final Duration maxAge;

	WorkOrderMetrics(JdbcClient jdbc, @Value("${guanjia.metrics.max-age:10s}") Duration maxAge) {
		this.jdbc = jdbc;
		this.maxAge = maxAge;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		QueryGauges gauges = new QueryGauges(maxAge,
				() -> jdbc.sql("""
						select status, count(*) from work_order
						where status not in ('CLOSED', 'CANCELLED') group by status""")
					.query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
					.list()
					.stream()
					.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
		gauges.register(registry, "guanjia.workorders.open", "Open work orders by status", "status",
				Arrays.stream(WorkOrderStatus.values())
					.filter((s) -> s != WorkOrderStatus.CLOSED && s != WorkOrderStatus.CANCELLED)
					.map(Enum::name)
					.toList());
	}

}
