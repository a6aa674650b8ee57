package com.guanjia.carpark;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A plate the guard saw on the walk, on a space or on none (R1.2). */
public record ObservationView(long id, long communityId, Instant observedAt, LocalDate observedOn,
		@Nullable Long spaceId, @Nullable String spaceCode, String plate, @Nullable String note, String observedBy) {
}
