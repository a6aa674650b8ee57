package com.guanjia.renovation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What every model of the module with a status shares (decision 0012): the steps taken
 * since it was loaded, which its repository appends to {@code renovation_history}, and
 * the past-tense events they raised, which its service publishes once the step is saved.
 */
abstract class Aggregate {

	/** One line of the history: the step, from which state to which, a note. */
	record Step(String action, @Nullable String from, String to, @Nullable String note, Instant at, String actor) {
	}

	private final List<Step> steps = new ArrayList<>();

	private final List<Object> events = new ArrayList<>();

	protected final void step(Enum<?> action, @Nullable Enum<?> from, Enum<?> to, @Nullable String note, Instant at,
			String actor) {
		steps.add(new Step(action.name(), from == null ? null : from.name(), to.name(), note, at, actor));
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

	/** The steps not saved yet, without taking them (for tests and audits). */
	final List<Step> pendingSteps() {
		return List.copyOf(steps);
	}

	/** The events not yet published; the service takes them once, after saving. */
	final List<Object> takeEvents() {
		List<Object> taken = List.copyOf(events);
		events.clear();
		return taken;
	}

	final List<Object> pendingEvents() {
		return List.copyOf(events);
	}

	/**
	 * Refuses a step the record's state does not allow, naming the record, the step and
	 * the state: "该装修申请当前为「已完工」，不能「发放许可证」。"
	 */
	static RuleViolationException illegal(String record, String stepKey, String statusKey) {
		return new RuleViolationException("renovation.illegal", resolvable("renovation.record." + record),
				resolvable(stepKey), resolvable(statusKey));
	}

	static DefaultMessageSourceResolvable resolvable(String code) {
		return new DefaultMessageSourceResolvable(new String[] { code }, code);
	}

}
