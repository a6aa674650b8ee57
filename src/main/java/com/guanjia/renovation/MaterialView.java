package com.guanjia.renovation;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Renovation materials at the gate as pages and the API show them, with their steps. */
public record MaterialView(long id, long renovationId, String description, @Nullable String carrier,
		MaterialStatus status, Instant reportedAt, String reportedBy, @Nullable String reason,
		@Nullable Instant decidedAt, @Nullable String decidedBy, Set<MaterialAction> actions) {

	static MaterialView of(MaterialEntry m) {
		MaterialEntry.Reported r = m.reported();
		return new MaterialView(m.id(), r.renovationId(), r.description(), r.carrier(), m.status(), r.at(), r.by(),
				m.reason(), m.decidedAt(), m.decidedBy(), m.possibleSteps());
	}

	public boolean allows(String action) {
		return actions.stream().anyMatch(a -> a.name().equals(action));
	}

}
