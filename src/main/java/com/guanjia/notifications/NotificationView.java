package com.guanjia.notifications;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An in-app message, its text in the reader's language. */
public record NotificationView(long id, long communityId, String text, @Nullable String link, Instant createdAt,
		@Nullable Instant readAt) {
}
