package com.guanjia.renovation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * What happened to renovations, their passes, checks and tests, and to goods passes,
 * raised by the models and published as persisted domain events after their step is
 * saved.
 */
public final class RenovationEvents {

	private RenovationEvents() {
	}

	/** An application was taken at the service centre (R9.1). */
	public record RenovationApplied(long communityId, long renovationId, long unitId, String unitLabel,
			boolean structural) {
	}

	/** A paper of the application was handed in. */
	public record RenovationPaperHandedIn(long communityId, long renovationId, long unitId, DocumentKind kind,
			String title) {
	}

	/** A worker of the contractor was named (for a temporary pass). */
	public record RenovationWorkerNamed(long communityId, long renovationId, String name) {
	}

	/** The housing authority's approval of a structural change was checked (R9.2). */
	public record RenovationApprovalChecked(long communityId, long renovationId, String checkedBy) {
	}

	/**
	 * The permit was issued (R9.3): engineering and security are told, the unit is
	 * decorating until the completion.
	 */
	@NamedInterface("api")
	public record RenovationPermitted(long communityId, long renovationId, long unitId, String unitLabel,
			String permitNumber, LocalDate from, LocalDate until, String contractorName, boolean structural) {
	}

	public record RenovationWithdrawn(long communityId, long renovationId, long unitId, String reason) {
	}

	/** A photo of the finished work was taken for the acceptance (R9.7). */
	public record RenovationPhotographed(long communityId, long renovationId, String title) {
	}

	/** Engineering accepted the finished work (R9.7). */
	public record RenovationAccepted(long communityId, long renovationId, long unitId, String unitLabel,
			String acceptedBy) {
	}

	/** Engineering found the finished work not acceptable yet. */
	public record RenovationAcceptanceFailed(long communityId, long renovationId, long unitId, String note) {
	}

	/** The deposit's refund was asked for, less the deduction with its reason (R9.7). */
	public record RenovationRefundRequested(long communityId, long renovationId, long depositId, BigDecimal deduction,
			@Nullable String reason) {
	}

	/** The renovation is over: its deposit paid back, or none was held. */
	public record RenovationClosed(long communityId, long renovationId, long unitId, Instant closedAt) {
	}

	/** A worker's temporary pass was issued (R9.3). */
	public record WorkerPassIssued(long communityId, long renovationId, String passNumber, String workerName,
			LocalDate validFrom, LocalDate validUntil) {
	}

	/** The office consented in writing to work outside the hours (R9.4). */
	public record OvertimeApproved(long communityId, long renovationId, Instant startsAt, Instant endsAt,
			String reason) {
	}

	/** A closed-water test started (R9.6). */
	public record WaterTestStarted(long communityId, long renovationId, long unitId, WaterArea area) {
	}

	/** A closed-water test ended, passed or failed (R9.6). */
	public record WaterTestEnded(long communityId, long renovationId, long unitId, String unitLabel, WaterArea area,
			boolean passed, @Nullable String note) {
	}

	/**
	 * An item of a daily check failed: the work was stopped on the spot (R9.5).
	 */
	public record ViolationFound(long communityId, long violationId, long renovationId, long unitId, String unitLabel,
			String item) {
	}

	/**
	 * The owner was told to put a violation right by the deadline (R9.5); the owner gets
	 * an SMS too.
	 */
	@NamedInterface("api")
	public record ViolationRectificationDemanded(long communityId, long violationId, long renovationId,
			String unitLabel, String ownerName, @Nullable String ownerPhone, String item, Instant deadline) {
	}

	/** A violation was put right. */
	public record ViolationRectified(long communityId, long violationId, long renovationId) {
	}

	/**
	 * The owner refused to put a violation right: the manager is told (R9.5, 拒不整改的向上级汇报).
	 */
	@NamedInterface("api")
	public record ViolationEscalated(long communityId, long violationId, long renovationId, String unitLabel,
			String ownerName, String item, String note, Instant deadline) {
	}

	/** Renovation materials arrived at the gate and wait to be seen (R9.7). */
	public record MaterialReported(long communityId, long materialId, long renovationId, String description) {
	}

	/** Renovation materials at the gate were let in, or not (R9.7). */
	public record MaterialDecided(long communityId, long materialId, long renovationId, boolean approved) {
	}

}
