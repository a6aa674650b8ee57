package com.guanjia.inspections;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A round as pages and the API show it: done / due / late / missed, its progress and, on
 * a round's own page, its checkpoints and the steps its state allows ({@code steps}, from
 * the model). Lists leave {@code steps} and {@code visits} empty.
 */
@NamedInterface("api")
public record RoundView(long id, long communityId, RoundKind kind, String title, @Nullable RoundSubject subject,
		@Nullable Long assigneeStaffId, @Nullable String assigneeName, Instant windowStart, Instant windowEnd,
		RoundStatus status, @Nullable Instant startedAt, @Nullable Instant finishedAt, boolean missed, boolean late,
		boolean incomplete, int checkpoints, int visited, int failedItems, List<RoundStep> steps,
		List<VisitView> visits) {

	public RoundId roundId() {
		return RoundId.of(communityId, id);
	}

	public boolean done() {
		return status == RoundStatus.DONE;
	}

	/** Whether the model allows the step now, by name (for templates). */
	public boolean allows(String step) {
		return steps.stream().anyMatch(s -> s.name().equals(step));
	}

}
