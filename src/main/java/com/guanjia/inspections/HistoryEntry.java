package com.guanjia.inspections;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One step in the history of a round, finding, rectification or evaluation. */
public record HistoryEntry(Instant at, String actor, String action, @Nullable String from, String to,
		@Nullable String note) {
}
