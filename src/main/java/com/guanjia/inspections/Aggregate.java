package com.guanjia.inspections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What every model with a status shares: the steps taken since it was loaded, which its
 * repository appends to {@code inspection_history}, and the past-tense events they
 * raised, which its service publishes once the step is saved.
 */
abstract class Aggregate {

	/** One line of the history: the step, from which state to which, a note. */
	record Step(String action, @Nullable String from, String to, @Nullable String note, Instant at, String actor) {
	}

	private final List<Step> steps = new ArrayList<>();

	private final List<Object> events = new ArrayList<>();

	protected final void step(String action, @Nullable Enum<?> from, Enum<?> to, @Nullable String note, Instant at,
			String actor) {
		steps.add(new Step(action, from == null ? null : from.name(), to.name(), note, at, actor));
	}

	protected final void raise(Object event) {
		events.add(event);
	}

	/** The steps not yet saved; the repository takes them once. */
	final List<Step> takeSteps() {
		List<Step> taken = List.copyOf(steps);
		steps.clear();
		return taken;
	}

	/** The events not yet published; the service takes them once, after saving. */
	final List<Object> takeEvents() {
		List<Object> taken = List.copyOf(events);
		events.clear();
		return taken;
	}

	/** Refuses a step the current state does not allow, naming both. */
	static RuleViolationException illegal(Enum<?> step, String stepKey, String statusKey) {
		return new RuleViolationException("inspection.illegal", resolvable(stepKey), resolvable(statusKey));
	}

	static DefaultMessageSourceResolvable resolvable(String code) {
		return new DefaultMessageSourceResolvable(new String[] { code }, code);
	}

}
