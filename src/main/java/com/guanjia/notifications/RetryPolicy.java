package com.guanjia.notifications;

import java.time.Duration;

/**
 * How often and how soon a failed message is tried again: up to {@code maxAttempts}
 * attempts, the n-th retry {@code firstDelay × 2^(n-1)} after the failure, never more
 * than {@code maxDelay}.
 */
record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

	RetryPolicy {
		if (maxAttempts < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
			throw new IllegalArgumentException("retry policy " + maxAttempts + ", " + firstDelay + ", " + maxDelay);
		}
	}

	/** The wait after the {@code attempts}-th failed attempt (1, 2, …). */
	Duration delayAfter(int attempts) {
		Duration delay = firstDelay;
		for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
	}

	/** Whether another attempt may follow the {@code attempts}-th. */
	boolean allowsAnotherAfter(int attempts) {
		return attempts < maxAttempts;
	}

}
