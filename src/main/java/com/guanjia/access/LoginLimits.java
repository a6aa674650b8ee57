package com.guanjia.access;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The rules of login throttling (issue 9 items 7 and 8, OWASP ASVS 2.2.1), without the
 * database. Three counts, each checked before a password is:
 * <ul>
 * <li>one username from one client address: at most {@code perPair} attempts in a
 * {@code window}, then refused until the window is over. It stops a guesser at one
 * address and locks out nobody else;</li>
 * <li>one client address for any usernames: at most {@code perAddress} attempts in a
 * {@code window} (password spraying);</li>
 * <li>one username from anywhere: {@code freePerUsername} attempts, then each next one
 * waits {@code firstDelay}, doubled after every attempt up to {@code maxDelay} — a
 * slowing down, never a lock. It is forgotten {@code forgetAfter} after the last attempt.
 * An address the account signed in from within {@code knownFor} is not slowed down, so
 * guessers elsewhere cannot keep the owner out.</li>
 * </ul>
 * A success clears the counts of its username and gives its address its attempt back.
 */
record LoginLimits(int perPair, int perAddress, Duration window, int freePerUsername, Duration firstDelay,
		Duration maxDelay, Duration forgetAfter, Duration knownFor) {

	/** Attempts counted in a fixed window that opened at {@code start}. */
	record Window(int attempts, Instant start) {
	}

	/**
	 * The attempts of a username from anywhere, when the last came and when the next may.
	 */
	record Pace(int attempts, Instant last, Instant next) {
	}

	/** The window after one more attempt at {@code now}: a closed window starts anew. */
	Window count(Window before, Instant now) {
		if (!before.start().plus(window).isAfter(now)) {
			return new Window(1, now);
		}
		return new Window(before.attempts() + 1, before.start());
	}

	/** When a window that is full lets attempts in again. */
	Instant reopens(Window full) {
		return full.start().plus(window);
	}

	/** Whether the username must wait before its next attempt, and until when. */
	@Nullable Instant mustWaitUntil(Pace pace, Instant now) {
		boolean remembered = pace.last().plus(forgetAfter).isAfter(now);
		return remembered && pace.next().isAfter(now) ? pace.next() : null;
	}

	/** The pace after one more attempt at {@code now}. */
	Pace pace(Pace before, Instant now) {
		int attempts = before.last().plus(forgetAfter).isAfter(now) ? before.attempts() + 1 : 1;
		return new Pace(attempts, now, now.plus(delayAfter(attempts)));
	}

	/**
	 * How long the next attempt waits after {@code attempts} of a username: nothing while
	 * they are free, then {@code firstDelay}, doubling, at most {@code maxDelay}.
	 */
	Duration delayAfter(int attempts) {
		if (attempts < freePerUsername) {
			return Duration.ZERO;
		}
		int doublings = Math.min(attempts - freePerUsername, 30);
		Duration delay = firstDelay.multipliedBy(1L << doublings);
		return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
	}

	/** Whether a success at {@code lastSuccess} makes the address a known one now. */
	boolean known(@Nullable Instant lastSuccess, Instant now) {
		return lastSuccess != null && lastSuccess.plus(knownFor).isAfter(now);
	}

}
