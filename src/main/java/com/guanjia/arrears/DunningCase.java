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
 * step by step up the {@link DunningLadder}, closed when the unit has paid everything,
 * and — where its water or power was suspended — restored promptly after. Every step is
 * checked against the case's state (refused naming it), appended to the case's history
 * ({@code dunning_action}) and announced by a past-tense event. Which steps exist and
 * when each is due is the ladder's business, not the case's.
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

		TAKE(State.OPEN), SETTLE(State.OPEN), RESTORE(State.CLOSED);

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

	/** Restoring the water or power of a unit that was suspended and has paid. */
	record RestoreTask(long id, Instant createdAt, @Nullable Instant doneAt, @Nullable String doneBy) {
	}

	private final long id;

	private final long communityId;

	private final long unitId;

	private final Instant openedAt;

	private @Nullable Instant closedAt;

	private @Nullable String closedReason;

	private boolean utilitiesSuspended;

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
			@Nullable String closedReason, boolean utilitiesSuspended, List<Taken> history,
			@Nullable RestoreTask restore, int version) {
		DunningCase c = new DunningCase(id, communityId, unitId, openedAt, history);
		c.closedAt = closedAt;
		c.closedReason = closedReason;
		c.utilitiesSuspended = utilitiesSuspended;
		c.restoreTask = restore;
		c.version = version;
		return c;
	}

	// --- the steps ---------------------------------------------------------------------

	/**
	 * Records a step of the ladder (or a suspension of water or power) taken for the
	 * unit.
	 */
	void take(DunningLadder ladder, Action action) {
		check(CaseStep.TAKE);
		if (!ladder.knows(action.step())) {
			throw new RuleViolationException("dunning.unknownStep");
		}
		if (ladder.suspendsUtilities(action.step())) {
			utilitiesSuspended = true;
		}
		actions.add(action);
		history.add(new Taken(action.id(), action.step(), action.at()));
		events.add(new DunningStepTaken(communityId, unitId, action.step(),
				action.channel() == null ? "" : action.channel(), action.id(), action.owed(), action.doneByStaffId()));
	}

	/**
	 * The unit has paid everything: the ladder stops, and water or power suspended is to
	 * be restored at once (a task under an id from {@code newTaskId}).
	 */
	void settle(Instant now, LongSupplier newTaskId) {
		check(CaseStep.SETTLE);
		closedAt = now;
		closedReason = "PAID";
		if (utilitiesSuspended) {
			restoreTask = new RestoreTask(newTaskId.getAsLong(), now, null, null);
			restoreChanged = true;
			events.add(new UtilitiesRestoreDue(communityId, unitId, restoreTask.id()));
		}
	}

	/** The water or power is back on (once). */
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

	boolean utilitiesSuspended() {
		return utilitiesSuspended;
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
