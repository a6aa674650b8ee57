package com.guanjia.inspections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.inspections.InspectionEvents.FindingOrdered;
import com.guanjia.inspections.InspectionEvents.FindingRaised;
import com.guanjia.inspections.InspectionEvents.FindingReferred;
import com.guanjia.inspections.InspectionEvents.FindingResolved;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

/**
 * A failed checklist item and its way to being put right (R11.3): open when raised; it
 * becomes a work order (engineering), a rectification notice to the contractor of its
 * trade (cleaning, greening), or a referral to another department with a note; it is
 * resolved when the work order closes, the contractor's fix is confirmed, or someone
 * confirms it fixed.
 */
final class Finding extends Aggregate {

	/** Where the finding comes from: the round, the checkpoint and the item. */
	record Origin(long communityId, long id, long roundId, int visitPosition, int itemPosition,
			@Nullable Long checkpointId, String place, String item, Trade trade, @Nullable String note,
			Instant raisedAt, String raisedBy, @Nullable Long raisedByStaffId) {
	}

	private final Origin origin;

	private FindingStatus status;

	private @Nullable Long workOrderId;

	private @Nullable String workOrderNumber;

	private @Nullable Long departmentId;

	private @Nullable String referralNote;

	private @Nullable Instant resolvedAt;

	private @Nullable String resolution;

	private final int version;

	private Finding(Origin origin, FindingStatus status, @Nullable Long workOrderId, @Nullable String workOrderNumber,
			@Nullable Long departmentId, @Nullable String referralNote, @Nullable Instant resolvedAt,
			@Nullable String resolution, int version) {
		this.origin = origin;
		this.status = status;
		this.workOrderId = workOrderId;
		this.workOrderNumber = workOrderNumber;
		this.departmentId = departmentId;
		this.referralNote = referralNote;
		this.resolvedAt = resolvedAt;
		this.resolution = resolution;
		this.version = version;
	}

	/** A failed item found on a round: open. */
	static Finding raise(Origin origin) {
		Finding f = new Finding(origin, FindingStatus.OPEN, null, null, null, null, null, null, 0);
		f.step("RAISE", null, FindingStatus.OPEN, origin.place() + ": " + origin.item(), origin.raisedAt(),
				origin.raisedBy());
		f.raise(new FindingRaised(origin.communityId(), origin.id(), origin.roundId(), origin.trade(), origin.place(),
				origin.item()));
		return f;
	}

	static Finding restore(Origin origin, FindingStatus status, @Nullable Long workOrderId,
			@Nullable String workOrderNumber, @Nullable Long departmentId, @Nullable String referralNote,
			@Nullable Instant resolvedAt, @Nullable String resolution, int version) {
		return new Finding(origin, status, workOrderId, workOrderNumber, departmentId, referralNote, resolvedAt,
				resolution, version);
	}

	List<FindingStep> possibleSteps() {
		List<FindingStep> steps = new ArrayList<>();
		for (FindingStep s : FindingStep.values()) {
			if (allows(s)) {
				steps.add(s);
			}
		}
		return steps;
	}

	boolean allows(FindingStep s) {
		return switch (status) {
			case OPEN -> switch (s) {
				case ORDER, REFER, RESOLVE -> true;
				case SEND_TO_CONTRACTOR -> origin.trade().contracted();
			};
			case ORDERED, REFERRED -> s == FindingStep.RESOLVE;
			// A contractor's fix is confirmed through its rectification notice.
			case RECTIFYING, RESOLVED -> false;
		};
	}

	/** Refuses the step unless the current state allows it, naming both. */
	void require(FindingStep s) {
		if (!allows(s)) {
			throw illegal(s, s.messageKey(), status.messageKey());
		}
	}

	/** The work order opened for it (engineering). */
	void ordered(long workOrderId, String number, Instant now, String actor) {
		require(FindingStep.ORDER);
		FindingStatus from = status;
		this.workOrderId = workOrderId;
		this.workOrderNumber = number;
		status = FindingStatus.ORDERED;
		step("ORDER", from, status, number, now, actor);
		raise(new FindingOrdered(origin.communityId(), origin.id(), workOrderId, number));
	}

	/** Handed to the contractor of its trade; the notice is a {@link Rectification}. */
	void sentToContractor(String contractorName, Instant now, String actor) {
		require(FindingStep.SEND_TO_CONTRACTOR);
		FindingStatus from = status;
		status = FindingStatus.RECTIFYING;
		step("SEND_TO_CONTRACTOR", from, status, contractorName, now, actor);
	}

	void refer(long departmentId, String departmentName, String note, Instant now, String actor) {
		require(FindingStep.REFER);
		new Problems().text("note", note, 500).throwIfAny();
		FindingStatus from = status;
		this.departmentId = departmentId;
		this.referralNote = note.strip();
		status = FindingStatus.REFERRED;
		step("REFER", from, status, departmentName + ": " + referralNote, now, actor);
		raise(new FindingReferred(origin.communityId(), origin.id(), departmentId, referralNote));
	}

	/** Put right: confirmed by a person, or its work order closed. */
	void resolve(String resolution, Instant now, String actor) {
		require(FindingStep.RESOLVE);
		new Problems().text("resolution", resolution, 500).throwIfAny();
		close(resolution.strip(), now, actor);
	}

	/** Its contractor's fix was confirmed (the rectification's step, not the user's). */
	void rectified(String note, Instant now, String actor) {
		if (status != FindingStatus.RECTIFYING) {
			throw illegal(FindingStep.RESOLVE, FindingStep.RESOLVE.messageKey(), status.messageKey());
		}
		close(note, now, actor);
	}

	private void close(String note, Instant now, String actor) {
		FindingStatus from = status;
		this.resolution = note;
		this.resolvedAt = now;
		status = FindingStatus.RESOLVED;
		step("RESOLVE", from, status, note, now, actor);
		raise(new FindingResolved(origin.communityId(), origin.id()));
	}

	Origin origin() {
		return origin;
	}

	long id() {
		return origin.id();
	}

	long communityId() {
		return origin.communityId();
	}

	FindingStatus status() {
		return status;
	}

	@Nullable Long workOrderId() {
		return workOrderId;
	}

	@Nullable String workOrderNumber() {
		return workOrderNumber;
	}

	@Nullable Long departmentId() {
		return departmentId;
	}

	@Nullable String referralNote() {
		return referralNote;
	}

	@Nullable Instant resolvedAt() {
		return resolvedAt;
	}

	@Nullable String resolution() {
		return resolution;
	}

	int version() {
		return version;
	}

}
