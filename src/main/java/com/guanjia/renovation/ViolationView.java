package com.guanjia.renovation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A violation as the renovation's page and the API show it, with the steps its state
 * allows ({@code actions}) and its history.
 */
public record ViolationView(long id, long renovationId, @Nullable Long roundId, SiteCheckKind check, String item,
		@Nullable String note, ViolationStatus status, Instant foundAt, String foundBy, @Nullable Instant deadline,
		@Nullable String ownerTold, @Nullable Instant resolvedAt, boolean overdue, Set<ViolationAction> actions,
		List<HistoryLine> history) {

	static ViolationView of(SiteViolation v, Instant now, List<HistoryLine> history) {
		SiteViolation.Found f = v.found();
		return new ViolationView(v.id(), f.renovationId(), f.roundId(), f.check(), f.item(), f.note(), v.status(),
				f.at(), f.by(), v.deadline(), v.ownerTold(), v.resolvedAt(), v.overdue(now), v.possibleSteps(),
				history);
	}

	/** Whether the state allows the step now, by name (for templates). */
	public boolean allows(String action) {
		return actions.stream().anyMatch(a -> a.name().equals(action));
	}

}
