package com.guanjia.inspections;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A finding with its follow-up (R11.3): the round and place it comes from, the item, who
 * found it, and where it went — a work order, a contractor's rectification, a department.
 * {@code steps} are those the model allows now; {@code photos} and {@code history} are
 * filled on the finding's own page.
 */
@NamedInterface("api")
public record FindingView(long id, long communityId, long roundId, RoundKind roundKind, String roundTitle, String place,
		String item, Trade trade, @Nullable String note, FindingStatus status, Instant raisedAt, String raisedBy,
		@Nullable Long workOrderId, @Nullable String workOrderNumber, @Nullable Long departmentId,
		@Nullable String referralNote, @Nullable Instant resolvedAt, @Nullable String resolution,
		@Nullable RectificationView rectification, List<FindingStep> steps, List<PhotoView> photos,
		List<HistoryEntry> history) {

	public FindingId findingId() {
		return FindingId.of(communityId, id);
	}

	/** Whether the model allows the step now, by name (for templates). */
	public boolean allows(String step) {
		return steps.stream().anyMatch(s -> s.name().equals(step));
	}

}
