package com.guanjia.platform.metrics;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Gauges whose values come from one SQL query (a count per status, say), run when a gauge
 * is read and at most once per {@code maxAge}: a Prometheus scrape reads all the gauges
 * of one query at once, and several scrapers or instances do not multiply the work. A key
 * the query does not return reads 0. The registry holds the only reference to this object
 * (strongly: a weak one would let it be collected and read NaN). Business gauges count
 * across communities: they are the operator's view of the whole installation and hold no
 * personal data.
 */
public final class QueryGauges {

	private final Duration maxAge;

	private final Supplier<Map<String, ? extends Number>> query;

	private @Nullable Map<String, ? extends Number> last;

	private long readAt;

	public QueryGauges(Duration maxAge, Supplier<Map<String, ? extends Number>> query) {
		this.maxAge = maxAge;
		this.query = query;
	}

	/** The value for {@code key} from a result at most {@code maxAge} old. */
	public synchronized double value(String key) {
		long now = System.nanoTime();
		if (last == null || now - readAt >= maxAge.toNanos()) {
			last = query.get();
			readAt = now;
		}
		Number value = last.get(key);
		return value == null ? 0 : value.doubleValue();
	}

	/** One gauge {@code name} per tag value, e.g. one per open status. */
	public void register(MeterRegistry registry, String name, String description, String tag,
			Collection<String> tagValues) {
		for (String tagValue : tagValues) {
			Gauge.builder(name, this, (g) -> g.value(tagValue))
				.strongReference(true)
				.description(description)
				.tag(tag, tagValue)
				.register(registry);
		}
	}

	/** One gauge {@code name} read from the query's key {@code key}. */
	public void register(MeterRegistry registry, String name, String description, String key) {
		Gauge.builder(name, this, (g) -> g.value(key))
			.strongReference(true)
			.description(description)
			.register(registry);
	}

}
