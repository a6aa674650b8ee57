package com.guanjia.desk;

import java.time.Instant;

/** What happened at the front desk, published as persisted domain events. */
public final class DeskEvents {

	private DeskEvents() {
	}

	/**
	 * The reply agreed with a resident (R2.2) is near: the rule's warning share of the
	 * time until it has passed.
	 */
	public record ReplyDueSoon(long communityId, long recordId, long agentStaffId, Instant agreedReplyAt) {
	}

	/** The reply agreed with a resident (R2.2) is late. */
	public record ReplyOverdue(long communityId, long recordId, long agentStaffId, Instant agreedReplyAt) {
	}

}
