package com.guanjia.inspections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.inspections.InspectionEvents.RectificationConfirmed;
import com.guanjia.inspections.InspectionEvents.RectificationIssued;
import com.guanjia.inspections.InspectionEvents.RectificationOverdue;
import com.guanjia.shared.Problems;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * A rectification notice to a contractor (R11.3): issued with a deadline; overdue once
 * the deadline passes unconfirmed; confirmed fixed by a later round that passes the same
 * item or by a recheck. A recheck that finds it still wrong is counted and keeps it open.
 * A notice confirmed after its deadline, or still open after it, counts as overdue in the
 * contractor's evaluation (R11.4).
 */
final class Rectification extends Aggregate {

	/** The parts fixed when the notice is issued. */
	record Notice(long communityId, long id, long findingId, long contractorId, String contractorName,
			@Nullable String contractorPhone, String place, String item, Instant deadline, Instant issuedAt,
			String issuedBy) {
	}

	private final Notice notice;

	private RectificationStatus status;

	private boolean overdue;

	private int failedRechecks;

	private @Nullable Instant confirmedAt;

	private @Nullable String confirmedBy;

	private @Nullable Long confirmedRoundId;

	private final int version;

	private Rectification(Notice notice, RectificationStatus status, boolean overdue, int failedRechecks,
			@Nullable Instant confirmedAt, @Nullable String confirmedBy, @Nullable Long confirmedRoundId, int version) {
		this.notice = notice;
		this.status = status;
		this.overdue = overdue;
		this.failedRechecks = failedRechecks;
		this.confirmedAt = confirmedAt;
		this.confirmedBy = confirmedBy;
		this.confirmedRoundId = confirmedRoundId;
		this.version = version;
	}

	static Rectification issue(Notice notice) {
		if (!notice.deadline().isAfter(notice.issuedAt())) {
			throw ValidationException.of("deadline", "inspection.deadline.past");
		}
		Rectification r = new Rectification(notice, RectificationStatus.ISSUED, false, 0, null, null, null, 0);
		r.step("ISSUE", null, RectificationStatus.ISSUED, notice.contractorName(), notice.issuedAt(),
				notice.issuedBy());
		r.raise(new RectificationIssued(notice.communityId(), notice.id(), notice.findingId(), notice.contractorId(),
				notice.contractorName(), notice.contractorPhone(), notice.place(), notice.item(), notice.deadline()));
		return r;
	}

	static Rectification restore(Notice notice, RectificationStatus status, boolean overdue, int failedRechecks,
			@Nullable Instant confirmedAt, @Nullable String confirmedBy, @Nullable Long confirmedRoundId, int version) {
		return new Rectification(notice, status, overdue, failedRechecks, confirmedAt, confirmedBy, confirmedRoundId,
				version);
	}

	List<RectificationStep> possibleSteps() {
		List<RectificationStep> steps = new ArrayList<>();
		for (RectificationStep s : RectificationStep.values()) {
			if (allows(s)) {
				steps.add(s);
			}
		}
		return steps;
	}

	boolean allows(RectificationStep s) {
		return switch (status) {
			case ISSUED -> true;
			case OVERDUE -> s != RectificationStep.MARK_OVERDUE;
			case CONFIRMED -> false;
		};
	}

	/** Refuses the step unless the current state allows it, naming both. */
	void require(RectificationStep s) {
		if (!allows(s)) {
			throw illegal(s, s.messageKey(), status.messageKey());
		}
	}

	/** Fixed: seen by a later round ({@code roundId}) or a recheck (no round). */
	void confirm(Instant now, String actor, @Nullable Long roundId) {
		require(RectificationStep.CONFIRM);
		RectificationStatus from = status;
		if (now.isAfter(notice.deadline())) {
			overdue = true;
		}
		status = RectificationStatus.CONFIRMED;
		confirmedAt = now;
		confirmedBy = actor;
		confirmedRoundId = roundId;
		step("CONFIRM", from, status, roundId == null ? null : "round " + roundId, now, actor);
		raise(new RectificationConfirmed(notice.communityId(), notice.id(), notice.findingId(), overdue));
	}

	/** A recheck found it still not put right. */
	void recheckFailed(String note, Instant now, String actor) {
		require(RectificationStep.RECHECK_FAILED);
		new Problems().text("note", note, 500).throwIfAny();
		failedRechecks++;
		step("RECHECK_FAILED", status, status, note.strip(), now, actor);
	}

	/** The deadline passed unconfirmed (the recurring check). */
	void markOverdue(Instant now) {
		require(RectificationStep.MARK_OVERDUE);
		if (!now.isAfter(notice.deadline())) {
			throw new RuleViolationException("inspection.rectification.notYetDue");
		}
		RectificationStatus from = status;
		status = RectificationStatus.OVERDUE;
		overdue = true;
		step("MARK_OVERDUE", from, status, null, now, "system");
		raise(new RectificationOverdue(notice.communityId(), notice.id(), notice.contractorId(),
				notice.contractorName(), notice.place(), notice.item(), notice.deadline()));
	}

	Notice notice() {
		return notice;
	}

	long id() {
		return notice.id();
	}

	long communityId() {
		return notice.communityId();
	}

	RectificationStatus status() {
		return status;
	}

	boolean overdue() {
		return overdue;
	}

	int failedRechecks() {
		return failedRechecks;
	}

	@Nullable Instant confirmedAt() {
		return confirmedAt;
	}

	@Nullable String confirmedBy() {
		return confirmedBy;
	}

	@Nullable Long confirmedRoundId() {
		return confirmedRoundId;
	}

	int version() {
		return version;
	}

}
