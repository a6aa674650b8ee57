package com.guanjia.bench;

import java.util.Arrays;
import java.util.Locale;

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

	/** An integer system property with a default, e.g. -Dunits=200000. */
	public static int intProperty(String name, int defaultValue) {
		String value = System.getProperty(name);
		return value == null || value.isBlank() ? defaultValue : Integer.parseInt(value.strip());
	}

}
