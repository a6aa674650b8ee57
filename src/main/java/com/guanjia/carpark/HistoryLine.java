package com.guanjia.carpark;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of a car-park record's history: the step, who, when, from which state to
 * which.
 */
public record HistoryLine(Instant at, String actor, String action, @Nullable String from, String to,
		@Nullable String note) {
}
