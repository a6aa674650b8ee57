package com.guanjia.carpark;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A plate the guard saw on the walk, on a space or on none (R1.2), and its strike when it
 * was a wrong reading.
 */
public record ObservationView(long id, long communityId, Instant observedAt, LocalDate observedOn,
		@Nullable Long spaceId, @Nullable String spaceCode, String plate, @Nullable String note, String observedBy,
		@Nullable Strike struck) {

	/** Struck out as a wrong reading: when, by whom and why. */
	public record Strike(Instant at, String by, String reason) {
	}

	/** Whether the monthly space check counts it. */
	public boolean counts() {
		return struck == null;
	}

}
