package com.guanjia.arrears;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.guanjia.billing.FeeReports.UnitDebt;

import org.jspecify.annotations.Nullable;

/** What the arrears pages and API show. */
public final class ArrearsViews {

	private ArrearsViews() {
	}

	/**
	 * A unit in arrears: its debt, the last step taken and the next one, if it is due.
	 */
	public record Overdue(UnitDebt debt, String unitLabel, @Nullable String lastStep, @Nullable Instant lastStepAt,
			@Nullable DunningStep nextStep, boolean nextStepDue, boolean utilitiesSuspended) {
	}

	public record Action(long id, long unitId, String step, @Nullable String channel, @Nullable String note,
			@Nullable String dispatchNo, String owed, String doneBy, Instant doneAt) {
	}

	public record RestoreTask(long id, long unitId, String unitLabel, Instant createdAt, @Nullable Instant doneAt,
			@Nullable String doneBy) {
	}

	/** The formal demand letter (催缴函) of a unit, as printed. */
	public record DemandLetter(String unitLabel, String communityName, UnitDebt debt, LocalDate date,
			List<Action> earlierSteps) {
	}

}
