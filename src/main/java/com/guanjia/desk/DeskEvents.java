package com.guanjia.desk;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * What happened at the front desk, published as persisted domain events. The steps of a
 * reception record are registered by {@link ReceptionRecord} and published by
 * {@link ReceptionDesk} once the record is saved.
 */
public final class DeskEvents {

	private DeskEvents() {
	}

	/** A visit, call, letter, message or patrol finding was recorded (R2.1). */
	public record ReceptionRecorded(long communityId, long recordId, Channel channel, @Nullable Long unitId,
			boolean answeredOnTheSpot) {
	}

	/**
	 * A question went to a specialist, with the reply time agreed with the resident
	 * (R2.2).
	 */
	public record ReceptionHandedOver(long communityId, long recordId, String handler, Instant agreedReplyAt) {
	}

	/** The resident has the answer: from the agent, or through a closed work order. */
	public record ReceptionReplied(long communityId, long recordId, Instant repliedAt) {
	}

	public record ReceptionArchived(long communityId, long recordId) {
	}

	/**
	 * The record became a work order (the order carries the caller, unit and question).
	 */
	public record ReceptionTurnedIntoWorkOrder(long communityId, long recordId, long workOrderId,
			String workOrderNumber) {
	}

	/**
	 * The reply agreed with a resident (R2.2) is near: the rule's warning share of the
	 * time until it has passed.
	 */
	@NamedInterface("api")
	public record ReplyDueSoon(long communityId, long recordId, long agentStaffId, Instant agreedReplyAt) {
	}

	/** The reply agreed with a resident (R2.2) is late. */
	@NamedInterface("api")
	public record ReplyOverdue(long communityId, long recordId, long agentStaffId, Instant agreedReplyAt) {
	}

}
