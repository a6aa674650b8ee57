package com.guanjia.renovation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A closed-water test (R9.6): the area, when it started and ended, its result. */
public record WaterTestView(long id, long renovationId, WaterArea area, Instant startedAt, String startedBy,
		@Nullable Instant endedAt, @Nullable String endedBy, @Nullable String result, @Nullable Boolean belowChecked,
		@Nullable String note) {

	public boolean running() {
		return endedAt == null;
	}

}
