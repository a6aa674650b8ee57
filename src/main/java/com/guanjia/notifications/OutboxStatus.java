package com.guanjia.notifications;

import java.util.Set;

/**
 * Where an outbox message stands on its way out. {@link OutboxEntry} says which step
 * leads from which state; only the delivery job and a supervisor's retry take them.
 */
public enum OutboxStatus {

	/** Queued, waiting for the delivery job. */
	PENDING,
	/** Claimed by a delivery run and handed to the provider right now. */
	SENDING,
	/** The provider accepted it. */
	SENT,
	/**
	 * The log-only sender wrote it to the application log; it never left the building.
	 */
	LOGGED,
	/** An attempt failed; the next one is scheduled (exponential backoff). */
	RETRY,
	/**
	 * The phone had its share of SMS for the hour or day; it waits until the window
	 * frees.
	 */
	THROTTLED,
	/**
	 * Given up: a permanent error or the last allowed attempt failed. A supervisor may
	 * retry it.
	 */
	FAILED;

	/** The states the delivery job picks up once they are due. */
	static final Set<OutboxStatus> WAITING = Set.of(PENDING, RETRY, THROTTLED);

	/** Delivered, to a provider or to the log: nothing more happens to it. */
	public boolean delivered() {
		return this == SENT || this == LOGGED;
	}

}
