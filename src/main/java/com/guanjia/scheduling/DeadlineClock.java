package com.guanjia.scheduling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.scheduling.DeadlineEvents.DeadlineBreached;
import com.guanjia.scheduling.DeadlineEvents.DeadlineWarned;
import com.guanjia.scheduling.Deadlines.Subject;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A clock on a piece of another module's work and the rules of its life: running, paused
 * while the resident is waited for, then met, missed (breached) or cancelled. Every step
 * is checked against the current state ({@link ClockStep}; refused naming it) and the
 * warning and the breach are announced by past-tense events. The clock's history is its
 * own times (started, paused, warned, breached, met); the work's timeline is kept by the
 * module that owns the work.
 */
final class DeadlineClock {

	private final long id;

	private final long communityId;

	private final Subject subject;

	private final DeadlineKind kind;

	private final String ruleKey;

	private final int level;

	private final Instant startedAt;

	private Instant dueAt;

	private Instant warnAt;

	private DeadlineState state;

	private @Nullable Instant pausedAt;

	private long pausedSeconds;

	private @Nullable Instant warnedAt;

	private @Nullable Instant breachedAt;

	private @Nullable Instant metAt;

	private @Nullable Long responsibleStaffId;

	private final int version;

	private final List<Object> events = new ArrayList<>();

	private DeadlineClock(long id, DeadlineView seen, @Nullable Instant pausedAt, long pausedSeconds, int version) {
		this.id = id;
		this.communityId = seen.communityId();
		this.subject = Subject.of(seen.subjectType(), seen.subjectId());
		this.kind = seen.kind();
		this.ruleKey = seen.ruleKey();
		this.level = seen.level();
		this.startedAt = seen.startedAt();
		this.dueAt = seen.dueAt();
		this.warnAt = seen.warnAt();
		this.state = seen.state();
		this.warnedAt = seen.warnedAt();
		this.breachedAt = seen.breachedAt();
		this.metAt = seen.metAt();
		this.responsibleStaffId = seen.responsibleStaffId();
		this.pausedAt = pausedAt;
		this.pausedSeconds = pausedSeconds;
		this.version = version;
	}

	/**
	 * A new clock, running from {@code start}: due at {@code due}, warning at
	 * {@code warn}; the repository gives it its id when inserting it.
	 */
	static DeadlineClock start(long communityId, Subject subject, DeadlineKind kind, String ruleKey, int level,
			Instant start, Instant due, Instant warn, @Nullable Long responsibleStaffId) {
		return new DeadlineClock(0, new DeadlineView(0, communityId, subject.type(), subject.id(), kind, ruleKey, start,
				due, warn, DeadlineState.RUNNING, null, null, null, responsibleStaffId, level), null, 0, 0);
	}

	/** A clock as stored; only the repository calls this. */
	static DeadlineClock restore(DeadlineView seen, @Nullable Instant pausedAt, long pausedSeconds, int version) {
		return new DeadlineClock(seen.id(), seen, pausedAt, pausedSeconds, version);
	}

	// --- the steps ---------------------------------------------------------------------

	void pause(Instant now) {
		check(ClockStep.PAUSE, now);
		pausedAt = now;
		state = DeadlineState.PAUSED;
	}

	/** Runs again; the warning and due times move by the time spent paused. */
	void resume(Instant now) {
		check(ClockStep.RESUME, now);
		Duration paused = pausedAt == null ? Duration.ZERO : Duration.between(pausedAt, now);
		dueAt = dueAt.plus(paused);
		warnAt = warnAt.plus(paused);
		pausedSeconds += BigDecimal.valueOf(paused.toNanos(), 9).setScale(0, RoundingMode.HALF_UP).longValue();
		pausedAt = null;
		state = DeadlineState.RUNNING;
	}

	/** The work is done; a clock already missed stays BREACHED (met late). */
	void meet(Instant now) {
		check(ClockStep.MEET, now);
		metAt = now;
		if (state != DeadlineState.BREACHED) {
			state = DeadlineState.MET;
		}
	}

	void cancel(Instant now) {
		check(ClockStep.CANCEL, now);
		state = DeadlineState.CANCELLED;
	}

	void reassign(@Nullable Long staffId, Instant now) {
		check(ClockStep.REASSIGN, now);
		responsibleStaffId = staffId;
	}

	/** The warning share of the allowed time has passed (once). */
	void warn(Instant now) {
		check(ClockStep.WARN, now);
		warnedAt = now;
		events.add(new DeadlineWarned(communityId, id, subject.type(), subject.id(), kind, dueAt, responsibleStaffId));
	}

	/** The due time passed without the work being done. */
	void breach(Instant now) {
		check(ClockStep.BREACH, now);
		breachedAt = now;
		state = DeadlineState.BREACHED;
		events.add(new DeadlineBreached(communityId, id, subject.type(), subject.id(), kind, dueAt, responsibleStaffId,
				level));
	}

	// --- the rules ---------------------------------------------------------------------

	boolean allows(ClockStep step, Instant now) {
		return refusal(step, now) == null;
	}

	private void check(ClockStep step, Instant now) {
		RuleViolationException refused = refusal(step, now);
		if (refused != null) {
			throw refused;
		}
	}

	private @Nullable RuleViolationException refusal(ClockStep step, Instant now) {
		if (!step.allowedFrom(state)) {
			return new RuleViolationException("deadline.illegal", resolvable(step.messageKey()),
					resolvable(state.messageKey()));
		}
		return switch (step) {
			case MEET -> metAt == null ? null : new RuleViolationException("deadline.alreadyMet");
			case WARN -> warnedAt != null ? new RuleViolationException("deadline.alreadyWarned")
					: now.isBefore(warnAt) || !now.isBefore(dueAt) ? new RuleViolationException("deadline.notDue")
							: null;
			case BREACH -> now.isBefore(dueAt) ? new RuleViolationException("deadline.notDue") : null;
			case PAUSE, RESUME, CANCEL, REASSIGN -> null;
		};
	}

	private static DefaultMessageSourceResolvable resolvable(String code) {
		return new DefaultMessageSourceResolvable(new String[] { code }, code);
	}

	// --- for the repository and the service ------------------------------------------

	/** The events of the steps taken since loading, not published yet. */
	List<Object> events() {
		return List.copyOf(events);
	}

	DeadlineView view() {
		return new DeadlineView(id, communityId, subject.type(), subject.id(), kind, ruleKey, startedAt, dueAt, warnAt,
				state, warnedAt, breachedAt, metAt, responsibleStaffId, level);
	}

	long id() {
		return id;
	}

	long communityId() {
		return communityId;
	}

	Subject subject() {
		return subject;
	}

	DeadlineKind kind() {
		return kind;
	}

	DeadlineState state() {
		return state;
	}

	@Nullable Instant pausedAt() {
		return pausedAt;
	}

	long pausedSeconds() {
		return pausedSeconds;
	}

	int version() {
		return version;
	}

}
