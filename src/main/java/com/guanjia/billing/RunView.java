package com.guanjia.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/** A billing run: its months, where it got to and what it produced. */
public record RunView(long id, long communityId, LocalDate firstMonth, int months, RunStatus status, int units,
		int lines, BigDecimal total, @Nullable String preview, String startedBy, Instant createdAt,
		@Nullable Instant committedAt) {

	public String periodLabel() {
		YearMonth first = YearMonth.from(firstMonth);
		return months == 1 ? first.toString() : first + "~" + first.plusMonths(months - 1);
	}

	/**
	 * PREVIEW: computed, nothing written; RUNNING: being written (or interrupted);
	 * COMMITTED: done.
	 */
	public enum RunStatus {

		PREVIEW, RUNNING, COMMITTED

	}

}
