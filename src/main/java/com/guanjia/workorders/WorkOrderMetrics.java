package com.guanjia.workorders;

import java.time.Duration;
import java.util.Arrays;

import com.guanjia.platform.metrics.QueryGauges;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Open work orders by status across all communities (issue 9 item 19):
 * {@code guanjia_workorders_open{status="DISPATCHED"}} and so on, every status but
 * {@code CLOSED} and {@code CANCELLED}. Counted with the open-orders index.
 */
@Component
class WorkOrderMetrics implements MeterBinder {

	private final WorkOrderReads reads;

	private final Duration maxAge;

	WorkOrderMetrics(WorkOrderReads reads, @Value("${guanjia.metrics.max-age:10s}") Duration maxAge) {
		this.reads = reads;
		this.maxAge = maxAge;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		QueryGauges gauges = new QueryGauges(maxAge, reads::openByStatus);
		gauges.register(registry, "guanjia.workorders.open", "Open work orders by status", "status",
				Arrays.stream(WorkOrderStatus.values())
					.filter((s) -> s != WorkOrderStatus.CLOSED && s != WorkOrderStatus.CANCELLED)
					.map(Enum::name)
					.toList());
	}

}
