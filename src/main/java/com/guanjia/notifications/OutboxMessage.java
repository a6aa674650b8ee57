package com.guanjia.notifications;

import java.time.Instant;

import com.guanjia.shared.Masking;
import org.jspecify.annotations.Nullable;

/**
 * An outbox message and how its delivery stands, for the supervisors' outbox page and the
 * API: the status, how many attempts were made since it was queued or last retried, the
 * last error, when it is tried next, when and by which provider it was delivered. The
 * phone is masked unless the reader may see phones (R1.3).
 */
public record OutboxMessage(long id, long communityId, Channel channel, OutboxStatus status,
		@Nullable String recipientRole, @Nullable Long recipientStaffId, @Nullable String recipientPhone,
		@Nullable String recipientEmail, String text, int attempts, @Nullable String lastError,
		@Nullable Instant nextAttemptAt, @Nullable Instant sentAt, @Nullable String provider, Instant createdAt) {

	/** Whether a supervisor may send it again. */
	public boolean retryable() {
		return status == OutboxStatus.FAILED;
	}

	OutboxMessage masked(boolean revealPhone) {
		return new OutboxMessage(id, communityId, channel, status, recipientRole, recipientStaffId,
				Masking.phone(recipientPhone, revealPhone), recipientEmail, text, attempts, lastError, nextAttemptAt,
				sentAt, provider, createdAt);
	}

	/**
	 * One attempt to deliver a message: when, the outcome, the provider and its answer.
	 */
	public record Attempt(Instant at, OutboxStatus outcome, @Nullable String provider, @Nullable String detail) {
	}

}
