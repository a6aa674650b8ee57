package com.guanjia.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * An outbox message on its way out, the one place that decides its delivery steps:
 *
 * <pre>
 * PENDING ─claim→ SENDING ─delivered→ SENT (provider) / LOGGED (log-only sender)
 *   ↑  ↖            └─failed→ RETRY (due after backoff) ─claim→ SENDING …
 *   │    throttle          └─failed, permanent or last attempt→ FAILED ─retry→ PENDING
 *   │  (PENDING/RETRY/THROTTLED → THROTTLED until the phone's window frees)
 *   └─ a SENDING left behind by a stopped instance is interrupted → RETRY / FAILED
 * </pre>
 *
 * A message is born PENDING when it is queued ({@link OutboxRepository}'s inserts). Each
 * attempt is appended to the message's history; the repository saves the state with a
 * version check.
 */
final class OutboxEntry {

	/** An attempt to deliver, appended to the message's history when saved. */
	record Attempt(Instant at, OutboxStatus outcome, @Nullable String provider, @Nullable String detail) {
	}

	/** Longest error text kept (the column's width). */
	static final int ERROR_LENGTH = 500;

	private final OutgoingMessage message;

	private final Instant createdAt;

	private OutboxStatus status;

	private int attempts;

	private @Nullable Instant nextAttemptAt;

	private @Nullable Instant claimedAt;

	private @Nullable Instant sentAt;

	private @Nullable String lastError;

	private @Nullable String provider;

	private @Nullable String providerRef;

	private int version;

	private final List<Attempt> newAttempts = new ArrayList<>();

	private OutboxEntry(OutgoingMessage message, Instant createdAt, OutboxStatus status, int attempts,
			@Nullable Instant nextAttemptAt, @Nullable Instant claimedAt, @Nullable Instant sentAt,
			@Nullable String lastError, @Nullable String provider, @Nullable String providerRef, int version) {
		this.message = message;
		this.createdAt = createdAt;
		this.status = status;
		this.attempts = attempts;
		this.nextAttemptAt = nextAttemptAt;
		this.claimedAt = claimedAt;
		this.sentAt = sentAt;
		this.lastError = lastError;
		this.provider = provider;
		this.providerRef = providerRef;
		this.version = version;
	}

	/** The stored state, for the repository only. */
	record Stored(OutgoingMessage message, Instant createdAt, OutboxStatus status, int attempts,
			@Nullable Instant nextAttemptAt, @Nullable Instant claimedAt, @Nullable Instant sentAt,
			@Nullable String lastError, @Nullable String provider, @Nullable String providerRef, int version) {
	}

	static OutboxEntry restore(Stored s) {
		return new OutboxEntry(s.message(), s.createdAt(), s.status(), s.attempts(), s.nextAttemptAt(), s.claimedAt(),
				s.sentAt(), s.lastError(), s.provider(), s.providerRef(), s.version());
	}

	Stored stored() {
		return new Stored(message, createdAt, status, attempts, nextAttemptAt, claimedAt, sentAt, lastError, provider,
				providerRef, version);
	}

	/** Waiting and due at {@code now}. */
	boolean due(Instant now) {
		return OutboxStatus.WAITING.contains(status) && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
	}

	/**
	 * Claimed longer than {@code lease} ago and never finished: its instance stopped
	 * mid-send.
	 */
	boolean stale(Instant now, Duration lease) {
		return status == OutboxStatus.SENDING && claimedAt != null && !claimedAt.plus(lease).isAfter(now);
	}

	/** A delivery run takes the message: one more attempt starts. */
	void claim(Instant now) {
		require("claim", OutboxStatus.PENDING, OutboxStatus.RETRY, OutboxStatus.THROTTLED);
		if (!due(now)) {
			throw new RuleViolationException("outbox.notDue", message.id(), nextAttemptAt);
		}
		status = OutboxStatus.SENDING;
		attempts++;
		claimedAt = now;
		nextAttemptAt = null;
	}

	/**
	 * The phone had its share of SMS: the message waits, without using an attempt, until
	 * {@code until}.
	 */
	void throttle(Instant until) {
		require("throttle", OutboxStatus.PENDING, OutboxStatus.RETRY, OutboxStatus.THROTTLED);
		status = OutboxStatus.THROTTLED;
		nextAttemptAt = until;
	}

	/** The sender took it: sent by a provider, or written to the log. */
	void delivered(SendReceipt receipt, Instant now) {
		require("delivered", OutboxStatus.SENDING);
		status = receipt.loggedOnly() ? OutboxStatus.LOGGED : OutboxStatus.SENT;
		sentAt = now;
		provider = receipt.provider();
		providerRef = receipt.reference();
		lastError = null;
		newAttempts.add(new Attempt(now, status, receipt.provider(), receipt.reference()));
	}

	/**
	 * The attempt failed: retried after the policy's backoff, or given up when the
	 * failure is permanent or this was the last allowed attempt.
	 */
	void failed(String senderName, SendFailure failure, Instant now, RetryPolicy policy) {
		require("failed", OutboxStatus.SENDING);
		lastError = clip(failure.getMessage());
		provider = senderName;
		if (!failure.permanent() && policy.allowsAnotherAfter(attempts)) {
			status = OutboxStatus.RETRY;
			nextAttemptAt = now.plus(policy.delayAfter(attempts));
		}
		else {
			status = OutboxStatus.FAILED;
			nextAttemptAt = null;
		}
		newAttempts.add(new Attempt(now, status, senderName, lastError));
	}

	/**
	 * A send its instance never finished (claimed longer than the lease ago): counted as
	 * a failed attempt, retried at once if attempts remain. The provider may have taken
	 * it, so the resident may get it twice: delivery is at least once.
	 */
	void interrupted(Instant now, RetryPolicy policy) {
		require("interrupted", OutboxStatus.SENDING);
		failed(provider == null ? "?" : provider, SendFailure.temporary("interrupted while sending"), now,
				new RetryPolicy(policy.maxAttempts(), Duration.ZERO, policy.maxDelay()));
	}

	/** A supervisor sends a failed message again: a fresh set of attempts, due now. */
	void retry(Instant now) {
		if (status != OutboxStatus.FAILED) {
			throw new RuleViolationException("outbox.notRetryable", message.id());
		}
		status = OutboxStatus.PENDING;
		attempts = 0;
		nextAttemptAt = now;
	}

	private void require(String step, OutboxStatus... from) {
		if (!Arrays.asList(from).contains(status)) {
			throw new RuleViolationException("outbox.illegalStep", message.id(), status.name(), step);
		}
	}

	private static @Nullable String clip(@Nullable String text) {
		if (text == null) {
			return null;
		}
		return text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH);
	}

	OutgoingMessage message() {
		return message;
	}

	long id() {
		return message.id();
	}

	long communityId() {
		return message.communityId();
	}

	OutboxStatus status() {
		return status;
	}

	int attempts() {
		return attempts;
	}

	@Nullable Instant nextAttemptAt() {
		return nextAttemptAt;
	}

	@Nullable String lastError() {
		return lastError;
	}

	@Nullable String provider() {
		return provider;
	}

	@Nullable String providerRef() {
		return providerRef;
	}

	@Nullable Instant sentAt() {
		return sentAt;
	}

	/**
	 * The attempts made since it was loaded or last saved, for the repository to append.
	 */
	List<Attempt> newAttempts() {
		return List.copyOf(newAttempts);
	}

	/** The repository saved it: the next save checks the next version. */
	void saved() {
		version++;
		newAttempts.clear();
	}

}
