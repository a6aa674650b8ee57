package com.guanjia.arrears;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import com.guanjia.arrears.ArrearsEvents.DunningStepTaken;
import com.guanjia.arrears.ArrearsEvents.UtilitiesRestoreDue;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A unit's dunning case (R6.7) and the rules of its life: open while the unit is chased
 * step by step up the {@link DunningLadder}, with the reason for the arrears found out
 * (找出原因) and the quarter-end sweeps that listed it; closed when the unit has paid
 * everything, and — where a utility cut its supply — restored promptly after. The company
 * itself never cuts water, power, heat or gas (Civil Code art. 944): no step here does.
 * Every step is checked against the case's state (refused naming it), appended to the
 * case's history ({@code dunning_action}) and, for a measure, announced by a past-tense
 * event. Which measure may be taken when is the ladder's business, not the case's.
 */
final class DunningCase {

	/** Open while the unit is chased; closed once it has paid everything. */
	enum State {

		OPEN, CLOSED;

		String messageKey() {
			return "dunning.caseState." + name();
		}

	}

	/** What may happen to a case, and from which state. */
	enum CaseStep {

		/** A measure of the ladder was taken. */
		TAKE(State.OPEN),
		/** The reason for the arrears was found out (找出原因). */
		EXPLAIN(State.OPEN),
		/** A utility (water or power company) cut the unit's supply. */
		SUPPLY_CUT(State.OPEN),
		/** The quarter-end sweep listed the unit (每季度末对未交费的单元进行催缴). */
		SWEEP(State.OPEN),
		/** The unit paid everything. */
		SETTLE(State.OPEN),
		/** The supply a utility cut is back on. */
		RESTORE(State.CLOSED);

		private final State from;

		CaseStep(State from) {
			this.from = from;
		}

		String messageKey() {
			return "dunning.caseStep." + name();
		}

	}

	/** A step taken earlier (a line of the case's history). */
	record Taken(long id, String step, Instant at) {
	}

	/**
	 * A step taken now: the reminder's channel, the letter's dispatch number, what the
	 * unit owed then and who recorded it.
	 */
	record Action(long id, String step, @Nullable String channel, @Nullable String note, @Nullable String dispatchNo,
			BigDecimal owed, Instant at, String doneBy, long doneByStaffId) {
	}

	/** History codes of lines that are not measures of the ladder. */
	static final String REASON_LINE = "REASON";

	static final String SUPPLY_CUT_LINE = "UTILITY_CUT";

	static final String SWEEP_LINE = "SWEEP";

	/** Restoring the supply a utility cut, once the unit has paid. */
	record RestoreTask(long id, Instant createdAt, @Nullable Instant doneAt, @Nullable String doneBy) {
	}

	private final long id;

	private final long communityId;

	private final long unitId;

	private final Instant openedAt;

	private @Nullable Instant closedAt;

	private @Nullable String closedReason;

	private boolean supplyCut;

	private @Nullable ArrearsReason reason;

	private @Nullable String reasonNote;

	private final List<Taken> history;

	private @Nullable RestoreTask restoreTask;

	private int version;

	private boolean isNew;

	private final List<Action> actions = new ArrayList<>();

	private boolean restoreChanged;

	private final List<Object> events = new ArrayList<>();

	private DunningCase(long id, long communityId, long unitId, Instant openedAt, List<Taken> history) {
		this.id = id;
		this.communityId = communityId;
		this.unitId = unitId;
		this.openedAt = openedAt;
		this.history = new ArrayList<>(history);
	}

	/** A new case for a unit in arrears, under an id the repository reserved. */
	static DunningCase open(long id, long communityId, long unitId, Instant now) {
		DunningCase c = new DunningCase(id, communityId, unitId, now, List.of());
		c.isNew = true;
		return c;
	}

	/** A case as stored; only the repository calls this. */
	static DunningCase restore(long id, long communityId, long unitId, Instant openedAt, @Nullable Instant closedAt,
			@Nullable String closedReason, boolean supplyCut, List<Taken> history, @Nullable RestoreTask restore,
			int version) {
		DunningCase c = new DunningCase(id, communityId, unitId, openedAt, history);
		c.closedAt = closedAt;
		c.closedReason = closedReason;
		c.supplyCut = supplyCut;
		c.restoreTask = restore;
		c.version = version;
		return c;
	}

	// --- the steps ---------------------------------------------------------------------

	/**
	 * Records a measure of the ladder taken for the unit (the ladder said it may be taken
	 * now).
	 */
	void take(Action action) {
		check(CaseStep.TAKE);
		if (DunningStep.of(action.step()).isEmpty()) {
			throw new RuleViolationException("dunning.unknownStep");
		}
		append(action);
		events.add(new DunningStepTaken(communityId, unitId, action.step(),
				action.channel() == null ? "" : action.channel(), action.id(), action.owed(), action.doneByStaffId()));
	}

	/**
	 * Records why the unit has not paid (找出原因); a later finding replaces it on the case
	 * and both stay in the history.
	 */
	void explain(ArrearsReason why, @Nullable String note, Action line) {
		check(CaseStep.EXPLAIN);
		reason = why;
		reasonNote = note;
		append(line);
	}

	/**
	 * A utility cut the unit's supply (the company never does, Civil Code art. 944): it
	 * is restored promptly once the unit has paid.
	 */
	void supplyCut(Action line) {
		check(CaseStep.SUPPLY_CUT);
		supplyCut = true;
		append(line);
	}

	/** The quarter-end sweep listed the unit (a line of the history, no measure). */
	void swept(Action line) {
		check(CaseStep.SWEEP);
		append(line);
	}

	private void append(Action line) {
		actions.add(line);
		history.add(new Taken(line.id(), line.step(), line.at()));
	}

	/**
	 * The unit has paid everything: the ladder stops, and supply a utility cut is to be
	 * restored at once (a task under an id from {@code newTaskId}).
	 */
	void settle(Instant now, LongSupplier newTaskId) {
		check(CaseStep.SETTLE);
		closedAt = now;
		closedReason = "PAID";
		if (supplyCut) {
			restoreTask = new RestoreTask(newTaskId.getAsLong(), now, null, null);
			restoreChanged = true;
			events.add(new UtilitiesRestoreDue(communityId, unitId, restoreTask.id()));
		}
	}

	/** The supply is back on (once). */
	void restored(String doneBy, Instant now) {
		check(CaseStep.RESTORE);
		if (restoreTask == null || restoreTask.doneAt() != null) {
			throw new ConflictException("dunning.restoreDone");
		}
		restoreTask = new RestoreTask(restoreTask.id(), restoreTask.createdAt(), now, doneBy);
		restoreChanged = true;
	}

	// --- the rules ---------------------------------------------------------------------

	State state() {
		return closedAt == null ? State.OPEN : State.CLOSED;
	}

	private void check(CaseStep step) {
		if (step.from != state()) {
			throw new RuleViolationException("dunning.illegal", resolvable(step.messageKey()),
					resolvable(state().messageKey()));
		}
	}

	private static DefaultMessageSourceResolvable resolvable(String code) {
		return new DefaultMessageSourceResolvable(new String[] { code }, code);
	}

	// --- for the repository and the service ------------------------------------------

	/** The steps taken since loading, not saved yet. */
	List<Action> actions() {
		return List.copyOf(actions);
	}

	/** Whether the restore task was created or completed since loading. */
	boolean restoreChanged() {
		return restoreChanged;
	}

	List<Object> events() {
		return List.copyOf(events);
	}

	boolean isNew() {
		return isNew;
	}

	/** Saved: the stored version moved on and nothing is pending any more. */
	void saved() {
		if (!isNew) {
			version++;
		}
		isNew = false;
		actions.clear();
		restoreChanged = false;
		events.clear();
	}

	long id() {
		return id;
	}

	long communityId() {
		return communityId;
	}

	long unitId() {
		return unitId;
	}

	Instant openedAt() {
		return openedAt;
	}

	@Nullable Instant closedAt() {
		return closedAt;
	}

	@Nullable String closedReason() {
		return closedReason;
	}

	boolean supplyCut() {
		return supplyCut;
	}

	@Nullable ArrearsReason reason() {
		return reason;
	}

	@Nullable String reasonNote() {
		return reasonNote;
	}

	/** Restores the reason stored on the case (only the repository calls this). */
	DunningCase withReason(@Nullable ArrearsReason why, @Nullable String note) {
		reason = why;
		reasonNote = note;
		return this;
	}

	/** Every step taken, oldest first. */
	List<Taken> history() {
		return List.copyOf(history);
	}

	@Nullable RestoreTask restoreTask() {
		return restoreTask;
	}

	int version() {
		return version;
	}

}
