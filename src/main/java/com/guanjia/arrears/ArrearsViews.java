package com.guanjia.arrears;

import java.time.Instant;
import java.util.function.Function;
import java.time.LocalDate;
import java.util.List;

import com.guanjia.billing.FeeReports.UnitDebt;

import org.jspecify.annotations.Nullable;

/** What the arrears pages and API show. */
public final class ArrearsViews {

	private ArrearsViews() {
	}

	/**
	 * A unit in arrears: its debt, whom to call (its owners, phones masked unless the
	 * caller may see them), the last measure taken and the next one (due now, or from
	 * {@code nextStepDueOn}), the reason found out, and whether a utility cut its supply.
	 */
	public record Overdue(UnitDebt debt, String unitLabel, List<Contact> owners, @Nullable String lastStep,
			@Nullable Instant lastStepAt, @Nullable DunningStep nextStep, boolean nextStepDue,
			@Nullable LocalDate nextStepDueOn, @Nullable ArrearsReason reason, boolean supplyCut) {
	}

	/** An owner to call: the name and phones (masked unless the caller may see them). */
	public record Contact(String name, List<String> phones) {
	}

	/**
	 * A line of a unit's dunning history: a measure, a reason found, a sweep, a supply
	 * cut by a utility; {@code legacy} for a step the product no longer offers (停水停电).
	 * {@code doneBy} is the username, {@code doneByName} the name staff see (issue 10
	 * item 19).
	 */
	public record Action(long id, long unitId, String step, @Nullable String channel, @Nullable String note,
			@Nullable String dispatchNo, String owed, String doneBy, Instant doneAt, boolean legacy,
			String doneByName) {

		Action named(Function<String, String> names) {
			return new Action(id, unitId, step, channel, note, dispatchNo, owed, doneBy, doneAt, legacy,
					names.apply(doneBy));
		}

	}

	public record RestoreTask(long id, long unitId, String unitLabel, Instant createdAt, @Nullable Instant doneAt,
			@Nullable String doneBy, @Nullable String doneByName) {
	}

	/** A quarter-end sweep: the quarter, when it ran, how many units, how much. */
	public record Sweep(String quarter, Instant ranAt, int units, String total) {
	}

	/**
	 * A unit's dunning page: its open case's reason, the measures that may be recorded
	 * now, the next one and whom to call.
	 */
	public record CaseView(long unitId, String unitLabel, List<Contact> owners, @Nullable ArrearsReason reason,
			@Nullable String reasonNote, List<DunningStep> possibleSteps, @Nullable DunningStep nextStep,
			@Nullable LocalDate nextStepDueOn, boolean ownerLivesHere, boolean supplyCut) {
	}

	/**
	 * The formal demand letter (催缴函) of a unit, as printed: to its owners, from the
	 * company and community, with the number to call.
	 */
	public record DemandLetter(String unitLabel, String communityName, String companyName, String contactPhone,
			List<String> ownerNames, UnitDebt debt, LocalDate date, List<Action> earlierSteps) {
	}

}
