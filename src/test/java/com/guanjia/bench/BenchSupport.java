package com.guanjia.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import org.awaitility.Awaitility;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Small helpers shared by the benchmark entry points (not tests; run with
 * {@code mvn -q -Pbench test-compile exec:java -Dbench=<Class>}).
 */
public final class BenchSupport {

	private BenchSupport() {
	}

	/** Percentile (0–100) of latencies in nanoseconds, returned in milliseconds. */
	public static double percentileMillis(long[] nanos, double percentile) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000.0;
	}

	public static String format(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	/**
	 * Waits until every persisted event publication is complete: the asynchronous
	 * listeners of what the bench just did have finished (at most {@code max}).
	 */
	public static void awaitListeners(JdbcClient jdbc, Duration max) {
		Awaitility.await()
			.atMost(max)
			.pollInterval(Duration.ofMillis(200))
			.until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
				.query(Long.class)
				.single() == 0);
	}

	/** An integer system property with a default, e.g. -Dunits=200000. */
	public static int intProperty(String name, int defaultValue) {
		String value = System.getProperty(name);
		return value == null || value.isBlank() ? defaultValue : Integer.parseInt(value.strip());
	}

}
