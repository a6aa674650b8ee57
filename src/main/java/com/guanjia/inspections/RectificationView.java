package com.guanjia.inspections;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A contractor's rectification notice and how it ended; {@code steps} from the model. */
public record RectificationView(long id, long communityId, long findingId, long contractorId, String contractorName,
		String place, String item, Instant deadline, RectificationStatus status, boolean overdue, int failedRechecks,
		Instant issuedAt, String issuedBy, @Nullable Instant confirmedAt, @Nullable String confirmedBy,
		List<RectificationStep> steps) {

	/** Whether the model allows the step now, by name (for templates). */
	public boolean allows(String step) {
		return steps.stream().anyMatch(s -> s.name().equals(step));
	}

}
