package com.guanjia.notifications;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An SMS or e-mail waiting to be delivered by a channel a later issue adds. */
public record OutboxMessage(long id, long communityId, String channel, @Nullable String recipientRole,
		@Nullable Long recipientStaffId, @Nullable String recipientPhone, String text, String status,
		Instant createdAt) {
}
