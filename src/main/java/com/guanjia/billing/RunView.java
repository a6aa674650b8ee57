package com.guanjia.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/** A billing run: its months, where it got to and what it produced. */
@NamedInterface("api")
public record RunView(long id, long communityId, LocalDate firstMonth, int months, RunStatus status, int units,
		int lines, BigDecimal total, @Nullable String preview, String startedBy, Instant createdAt,
		@Nullable Instant committedAt) {

	public String periodLabel() {
		YearMonth first = YearMonth.from(firstMonth);
		return months == 1 ? first.toString() : first + "~" + first.plusMonths(months - 1);
	}

	/** Whether the run may be committed (or resumed) now; the page asks here. */
	public boolean committable() {
		return Step.START.allowedFrom(status);
	}

	/** Its payment notices exist once the run is committed; the page asks here. */
	public boolean noticesIssued() {
		return status == RunStatus.COMMITTED;
	}

	/** A commit was interrupted: committing again resumes after its last chunk. */
	public boolean resumable() {
		return status == RunStatus.RUNNING;
	}

	/**
	 * PREVIEW: computed, nothing written; RUNNING: being written (or interrupted);
	 * COMMITTED: done.
	 */
	public enum RunStatus {

		PREVIEW, RUNNING, COMMITTED;

		public String messageKey() {
			return "runs.status." + name();
		}

	}

	/** The steps of a run and the states each is allowed from. */
	public enum Step {

		/** Writing starts, or resumes after an interruption. */
		START(EnumSet.of(RunStatus.PREVIEW, RunStatus.RUNNING), RunStatus.RUNNING),
		/** Every unit is written: the run is committed and its notices issued. */
		FINISH(EnumSet.of(RunStatus.RUNNING), RunStatus.COMMITTED);

		private final Set<RunStatus> from;

		private final RunStatus to;

		Step(Set<RunStatus> from, RunStatus to) {
			this.from = from;
			this.to = to;
		}

		public boolean allowedFrom(RunStatus status) {
			return from.contains(status);
		}

		public RunStatus to() {
			return to;
		}

		public String messageKey() {
			return "run.step." + name();
		}

	}

}
