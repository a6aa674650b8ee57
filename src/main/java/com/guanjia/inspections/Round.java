package com.guanjia.inspections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.inspections.InspectionEvents.RoundFinished;
import com.guanjia.inspections.InspectionEvents.RoundMissed;
import com.guanjia.inspections.InspectionEvents.RoundScheduled;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * A round of checkpoints and the rules of its life (R11.1, R11.2). Created due; the first
 * checkpoint recorded starts it; recording the last one finishes it (or the butler
 * finishes it with checkpoints left: incomplete). Finished outside its window it is late.
 * Not started when its window closes it is missed, flagged once; a missed round may still
 * be walked, late.
 */
final class Round extends Aggregate {

	private final RoundPlan plan;

	private final List<CheckpointVisit> visits;

	private RoundStatus status;

	private @Nullable Instant startedAt;

	private @Nullable Instant finishedAt;

	private @Nullable Instant missedAt;

	private boolean late;

	private final int version;

	private Round(RoundPlan plan, List<CheckpointVisit> visits, RoundStatus status, @Nullable Instant startedAt,
			@Nullable Instant finishedAt, @Nullable Instant missedAt, boolean late, int version) {
		this.plan = plan;
		this.visits = List.copyOf(visits);
		this.status = status;
		this.startedAt = startedAt;
		this.finishedAt = finishedAt;
		this.missedAt = missedAt;
		this.late = late;
		this.version = version;
	}

	/** A new round, due. */
	static Round plan(RoundPlan plan, List<CheckpointVisit> visits, String actor) {
		if (visits.isEmpty()) {
			throw new RuleViolationException("inspection.round.noCheckpoints", plan.title());
		}
		if (!plan.windowEnd().isAfter(plan.windowStart())) {
			throw new RuleViolationException("inspection.round.window", plan.title());
		}
		Round round = new Round(plan, visits, RoundStatus.DUE, null, null, null, false, 0);
		round.step("PLAN", null, RoundStatus.DUE, plan.title(), plan.createdAt(), actor);
		round.raise(new RoundScheduled(plan.communityId(), plan.id(), plan.kind(), plan.title(), plan.assigneeStaffId(),
				plan.windowStart(), plan.windowEnd()));
		return round;
	}

	/** A round as stored (its repository only). */
	static Round restore(RoundPlan plan, List<CheckpointVisit> visits, RoundStatus status, @Nullable Instant startedAt,
			@Nullable Instant finishedAt, @Nullable Instant missedAt, boolean late, int version) {
		return new Round(plan, visits, status, startedAt, finishedAt, missedAt, late, version);
	}

	/** The steps the round's state allows now. */
	List<RoundStep> possibleSteps() {
		List<RoundStep> steps = new ArrayList<>();
		for (RoundStep s : RoundStep.values()) {
			if (allows(s)) {
				steps.add(s);
			}
		}
		return steps;
	}

	boolean allows(RoundStep s) {
		boolean pending = visits.stream().anyMatch(v -> v.status() == VisitStatus.PENDING);
		boolean anyDone = visits.stream().anyMatch(v -> v.status() != VisitStatus.PENDING);
		return switch (status) {
			case DUE -> switch (s) {
				case VISIT, SKIP -> pending;
				case FINISH -> false;
				case MISS -> missedAt == null;
				case CANCEL -> true;
			};
			case IN_PROGRESS -> switch (s) {
				case VISIT, SKIP -> pending;
				case FINISH -> anyDone;
				case MISS, CANCEL -> false;
			};
			case MISSED -> switch (s) {
				case VISIT, SKIP -> pending;
				case CANCEL -> true;
				case FINISH, MISS -> false;
			};
			case DONE, CANCELLED -> false;
		};
	}

	/** Refuses the step unless the current state allows it, naming both. */
	void require(RoundStep s) {
		if (!allows(s)) {
			throw illegal(s, s.messageKey(), status.messageKey());
		}
	}

	/**
	 * Records a checkpoint's checklist; the round starts, and finishes after its last
	 * checkpoint.
	 */
	void visit(int position, List<ItemAnswer> answers, @Nullable String note, boolean scanned, Instant now,
			String actor, @Nullable Long staffId) {
		require(RoundStep.VISIT);
		CheckpointVisit v = visitAt(position);
		v.record(answers, note, scanned, now, actor, staffId);
		started(now, actor);
		step("VISIT", status, status, v.name() + (v.failedItems() > 0 ? " ✗" + v.failedItems() : " ✓"), now, actor);
		finishIfLast(now, actor);
	}

	/**
	 * Leaves a checkpoint out with a reason (a locked plant room); the round shows it.
	 */
	void skip(int position, String reason, Instant now, String actor) {
		require(RoundStep.SKIP);
		CheckpointVisit v = visitAt(position);
		v.skip(reason, now, actor);
		started(now, actor);
		step("SKIP", status, status, v.name() + ": " + reason.strip(), now, actor);
		finishIfLast(now, actor);
	}

	/** Finishes the round, with checkpoints left if the butler says so (incomplete). */
	void finish(Instant now, String actor) {
		require(RoundStep.FINISH);
		RoundStatus from = status;
		status = RoundStatus.DONE;
		finishedAt = now;
		late = startedAt != null && startedAt.isBefore(plan.windowStart()) || now.isAfter(plan.windowEnd());
		step("FINISH", from, status, (late ? "late" : null), now, actor);
		raise(new RoundFinished(plan.communityId(), plan.id(), plan.kind(), late, incomplete(), failedItems()));
	}

	/** Flags a round nobody started before its window closed; once only. */
	void miss(Instant now) {
		require(RoundStep.MISS);
		if (!now.isAfter(plan.windowEnd())) {
			throw new RuleViolationException("inspection.round.notYetMissed", plan.title());
		}
		RoundStatus from = status;
		status = RoundStatus.MISSED;
		missedAt = now;
		step("MISS", from, status, null, now, "system");
		raise(new RoundMissed(plan.communityId(), plan.id(), plan.title(), plan.assigneeStaffId(), plan.windowEnd()));
	}

	void cancel(String reason, Instant now, String actor) {
		require(RoundStep.CANCEL);
		RoundStatus from = status;
		status = RoundStatus.CANCELLED;
		step("CANCEL", from, status, reason, now, actor);
	}

	private void started(Instant now, String actor) {
		if (status == RoundStatus.DUE || status == RoundStatus.MISSED) {
			RoundStatus from = status;
			status = RoundStatus.IN_PROGRESS;
			if (startedAt == null) {
				startedAt = now;
			}
			step("START", from, status, null, now, actor);
		}
	}

	private void finishIfLast(Instant now, String actor) {
		if (visits.stream().noneMatch(v -> v.status() == VisitStatus.PENDING)) {
			finish(now, actor);
		}
	}

	CheckpointVisit visitAt(int position) {
		return visits.stream()
			.filter(v -> v.position() == position)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("checkpoint", position));
	}

	/** Finished with checkpoints left out or skipped. */
	boolean incomplete() {
		return status == RoundStatus.DONE && visits.stream().anyMatch(v -> v.status() != VisitStatus.VISITED);
	}

	/** Running behind: its window has closed and it is not done (shown as late). */
	boolean overdueAt(Instant now) {
		return (status == RoundStatus.DUE || status == RoundStatus.IN_PROGRESS || status == RoundStatus.MISSED)
				&& now.isAfter(plan.windowEnd());
	}

	int failedItems() {
		return (int) visits.stream().mapToLong(CheckpointVisit::failedItems).sum();
	}

	/** Checkpoints recorded (not skipped). */
	int visited() {
		return (int) visits.stream().filter(v -> v.status() == VisitStatus.VISITED).count();
	}

	RoundPlan plan() {
		return plan;
	}

	long id() {
		return plan.id();
	}

	long communityId() {
		return plan.communityId();
	}

	List<CheckpointVisit> visits() {
		return visits;
	}

	RoundStatus status() {
		return status;
	}

	@Nullable Instant startedAt() {
		return startedAt;
	}

	@Nullable Instant finishedAt() {
		return finishedAt;
	}

	@Nullable Instant missedAt() {
		return missedAt;
	}

	boolean late() {
		return late;
	}

	int version() {
		return version;
	}

}
