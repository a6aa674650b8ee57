package com.guanjia.arrears;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.guanjia.arrears.DunningCase.Taken;
import org.jspecify.annotations.Nullable;

/**
 * A community's dunning ladder and its rules (R6.7): which steps may be recorded, which
 * rung a unit's case has reached, which comes next and whether it is due. Pure: the
 * service loads the ladder, the case and the debt and asks here. A change to the ladder's
 * rules (when a rung is due, counted from what; which steps exist at all) is a change to
 * this class and {@link DunningStep}'s data, not to the case, its repository or the
 * service.
 */
final class DunningLadder {

	/**
	 * Water or power suspended (停水停电): recorded on the case beside the ladder, never a
	 * rung of it.
	 */
	static final String SUSPEND = "SUSPEND";

	private final List<DunningStep> steps;

	private DunningLadder(List<DunningStep> steps) {
		this.steps = steps.stream().sorted(Comparator.comparingInt(DunningStep::seq)).toList();
	}

	/** The community's configured rungs, or the defaults when it has none. */
	static DunningLadder of(List<DunningStep> configured) {
		return new DunningLadder(configured.isEmpty() ? DunningStep.DEFAULTS : configured);
	}

	List<DunningStep> steps() {
		return steps;
	}

	/** Whether staff may record this step: a rung of the ladder, or a suspension. */
	boolean knows(String code) {
		return SUSPEND.equals(code) || steps.stream().anyMatch(s -> s.code().equals(code));
	}

	/** Whether taking this step suspends the unit's water or power. */
	boolean suspendsUtilities(String code) {
		return SUSPEND.equals(code);
	}

	/** What the arrears list shows of a unit: the last rung taken and the next one. */
	record Next(@Nullable String lastStep, @Nullable Instant lastStepAt, @Nullable DunningStep step, boolean due) {
	}

	/**
	 * The rung after the last one the open case took (none taken: the first), due once
	 * the unit's oldest bill is {@link DunningStep#minDays()} days overdue.
	 */
	Next next(@Nullable DunningCase open, long oldestDaysOverdue) {
		Optional<Taken> last = open == null ? Optional.empty()
				: open.history()
					.stream()
					.filter(t -> !SUSPEND.equals(t.step()))
					.max(Comparator.comparing(Taken::at).thenComparingLong(Taken::id));
		int lastSeq = last.flatMap(t -> rung(t.step())).map(DunningStep::seq).orElse(0);
		Optional<DunningStep> next = steps.stream().filter(s -> s.seq() > lastSeq).findFirst();
		return new Next(last.map(Taken::step).orElse(null), last.map(Taken::at).orElse(null), next.orElse(null),
				next.isPresent() && oldestDaysOverdue >= next.get().minDays());
	}

	private Optional<DunningStep> rung(String code) {
		return steps.stream().filter(s -> s.code().equals(code)).findFirst();
	}

}
