package com.guanjia.inspections;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * What happened to rounds, findings, rectifications and evaluations, raised by the models
 * and published as persisted domain events after their step is saved.
 */
public final class InspectionEvents {

	private InspectionEvents() {
	}

	/**
	 * A round was created (by a schedule or by another module through {@link Rounds}).
	 */
	public record RoundScheduled(long communityId, long roundId, RoundKind kind, String title,
			@Nullable Long assigneeStaffId, Instant windowStart, Instant windowEnd) {
	}

	/**
	 * A round was finished; {@code late} outside its window, {@code incomplete} with
	 * checkpoints left.
	 */
	public record RoundFinished(long communityId, long roundId, RoundKind kind, boolean late, boolean incomplete,
			int failedItems) {
	}

	/** Nobody started a round before its window closed (flagged once, R11.1). */
	@NamedInterface("api")
	public record RoundMissed(long communityId, long roundId, String title, @Nullable Long assigneeStaffId,
			Instant windowEnd) {
	}

	/**
	 * A checklist item failed on a round (the renovation module turns a failure on its
	 * daily site check into a violation, R9.5).
	 */
	@NamedInterface("api")
	public record FindingRaised(long communityId, long findingId, long roundId, Trade trade, String place,
			String item) {
	}

	/** A finding became a work order (R11.3). */
	public record FindingOrdered(long communityId, long findingId, long workOrderId, String workOrderNumber) {
	}

	/** A finding was handed to another department with a note. */
	public record FindingReferred(long communityId, long findingId, long departmentId, String note) {
	}

	/** A finding was put right. */
	public record FindingResolved(long communityId, long findingId) {
	}

	/** A contractor was given a rectification notice with a deadline (R11.3). */
	@NamedInterface("api")
	public record RectificationIssued(long communityId, long rectificationId, long findingId, long contractorId,
			String contractorName, @Nullable String contractorPhone, String place, String item, Instant deadline) {
	}

	/** A rectification's deadline passed before it was confirmed fixed. */
	@NamedInterface("api")
	public record RectificationOverdue(long communityId, long rectificationId, long contractorId, String contractorName,
			String place, String item, Instant deadline) {
	}

	/** A later round or a recheck confirmed a rectification fixed. */
	public record RectificationConfirmed(long communityId, long rectificationId, long findingId, boolean late) {
	}

	/** The customer-service manager signed a month-end evaluation (R11.4). */
	public record EvaluationSigned(long communityId, long evaluationId, long contractorId, LocalDate periodStart,
			LocalDate periodEnd, int revision, BigDecimal score) {
	}

}
