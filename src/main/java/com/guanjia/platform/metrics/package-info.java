/**
 * Helpers for the operator's metrics (Micrometer, scraped by Prometheus at
 * {@code /actuator/prometheus}): gauges read from the database, and the platform's own.
 */
@org.jspecify.annotations.NullMarked
package com.guanjia.platform.metrics;
