package com.guanjia.carpark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What every car-park model with a status shares: the history lines of the steps taken
 * since it was loaded (its repository appends them to {@code carpark_history}), the
 * past-tense events they registered (its service publishes them once saved), and the
 * version moving on when it is saved.
 */
abstract class Aggregate {

	/**
	 * One line of the history: the step, from which state to which, a note, who, when.
	 */
	record Step(String action, @Nullable String from, String to, @Nullable String note, Instant at, String actor) {
	}

	private final List<Step> steps = new ArrayList<>();

	private final List<Object> events = new ArrayList<>();

	private boolean isNew;

	private int version;

	Aggregate(boolean isNew, int version) {
		this.isNew = isNew;
		this.version = version;
	}

	protected final void step(Enum<?> action, @Nullable Enum<?> from, Enum<?> to, @Nullable String note, Instant at,
			String actor) {
		steps.add(new Step(action.name(), from == null ? null : from.name(), to.name(), note, at, actor));
	}

	protected final void raise(Object event) {
		events.add(event);
	}

	/** The history lines not saved yet. */
	final List<Step> steps() {
		return List.copyOf(steps);
	}

	/** The events not published yet. */
	final List<Object> events() {
		return List.copyOf(events);
	}

	final boolean isNew() {
		return isNew;
	}

	final int version() {
		return version;
	}

	/** Saved: the stored version moved on and nothing is pending any more. */
	final void saved() {
		if (!isNew) {
			version++;
		}
		isNew = false;
		steps.clear();
		events.clear();
	}

	/** Refuses a step the current state does not allow, naming the step and the state. */
	static RuleViolationException illegal(String stepKey, String statusKey) {
		return new RuleViolationException("carpark.illegal", resolvable(stepKey), resolvable(statusKey));
	}

	static DefaultMessageSourceResolvable resolvable(String code) {
		return new DefaultMessageSourceResolvable(new String[] { code }, code);
	}

}
