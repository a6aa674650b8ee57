package com.guanjia.desk;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A reception record; the caller's phone is masked unless the viewer may see phones. */
public record ReceptionView(long id, long communityId, Channel channel, ReceptionStatus status, @Nullable Long partyId,
		@Nullable String callerName, @Nullable String callerPhone, @Nullable Long unitId, @Nullable String unitLabel,
		String question, @Nullable String result, @Nullable String handler, @Nullable Instant agreedReplyAt,
		@Nullable String reply, @Nullable Instant repliedAt, @Nullable Instant archivedAt, @Nullable Long workOrderId,
		@Nullable String workOrderNumber, String agent, Instant createdAt, int version) {

	public boolean late(Instant now) {
		if (agreedReplyAt == null) {
			return false;
		}
		return repliedAt == null ? now.isAfter(agreedReplyAt) : repliedAt.isAfter(agreedReplyAt);
	}

}
