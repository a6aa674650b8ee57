package com.guanjia.arrears;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.guanjia.arrears.DunningCase.Taken;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * The dunning ladder's rules (R6.7, seed 002 催缴费用): which measure may be taken for a unit
 * now, which one comes next and from when. Pure: the service loads the case, the debt and
 * whether the owner lives in the estate, and asks here.
 * <ul>
 * <li>a reminder by phone or SMS once a bill is overdue, as often as needed;</li>
 * <li>the formal demand letter when the unit is still unpaid three months after the first
 * reminder of its case was recorded ("电话通知后三个月内仍未缴纳"), counted in calendar months in the
 * community's zone — not from the age of the oldest bill;</li>
 * <li>a home visit only for an owner living in the estate ("不交费又长期居住在小区"), whenever that
 * is so;</li>
 * <li>legal steps only as a manager's decision with its reason ("长期无端拒缴、性质特别恶劣"): never
 * due by a date (the service checks that the caller may decide).</li>
 * </ul>
 * No measure cuts water, power, heat or gas (Civil Code art. 944).
 */
final class DunningLadder {

	/** "电话通知后三个月": the demand letter waits this long after the first reminder. */
	static final Period LETTER_AFTER_REMINDER = Period.ofMonths(3);

	static final DunningLadder SEED = new DunningLadder();

	private DunningLadder() {
	}

	List<DunningStep> steps() {
		return List.of(DunningStep.values());
	}

	/** What the ladder needs to know of the unit besides its case. */
	record Debtor(long oldestDaysOverdue, boolean ownerLivesHere) {
	}

	/**
	 * What the arrears list shows of a unit: the last measure taken, the next one,
	 * whether it is due now and from which day ({@code dueOn}; none for a manager's
	 * decision).
	 */
	record Next(@Nullable String lastStep, @Nullable Instant lastStepAt, @Nullable DunningStep step, boolean due,
			@Nullable LocalDate dueOn) {
	}

	Next next(@Nullable DunningCase open, Debtor debtor, LocalDate today, ZoneId zone) {
		List<Taken> rungs = rungs(open);
		Optional<Taken> last = rungs.stream().max(Comparator.comparing(Taken::at).thenComparingLong(Taken::id));
		String lastStep = last.map(Taken::step).orElse(null);
		Instant lastAt = last.map(Taken::at).orElse(null);
		if (taken(rungs, DunningStep.LEGAL)) {
			// referred to the lawyers: the ladder has nothing further
			return new Next(lastStep, lastAt, null, false, null);
		}
		Optional<LocalDate> reminded = firstReminder(rungs, zone);
		if (reminded.isEmpty()) {
			return new Next(lastStep, lastAt, DunningStep.REMINDER, debtor.oldestDaysOverdue() >= 1, today);
		}
		if (!taken(rungs, DunningStep.DEMAND_LETTER)) {
			LocalDate letterDue = reminded.get().plus(LETTER_AFTER_REMINDER);
			return new Next(lastStep, lastAt, DunningStep.DEMAND_LETTER, !today.isBefore(letterDue), letterDue);
		}
		if (debtor.ownerLivesHere() && !taken(rungs, DunningStep.HOME_VISIT)) {
			return new Next(lastStep, lastAt, DunningStep.HOME_VISIT, true, today);
		}
		return new Next(lastStep, lastAt, DunningStep.LEGAL, false, null);
	}

	/**
	 * Refuses a measure the seed does not allow now: a letter without a reminder or
	 * before three months have passed since it, a visit to an owner who does not live in
	 * the estate, legal steps without their reason.
	 */
	void check(DunningStep step, @Nullable DunningCase open, Debtor debtor, @Nullable String reason, LocalDate today,
			ZoneId zone) {
		switch (step) {
			case REMINDER -> {
			}
			case DEMAND_LETTER -> {
				LocalDate reminded = firstReminder(rungs(open), zone)
					.orElseThrow(() -> new RuleViolationException("dunning.letterNeedsReminder"));
				LocalDate due = reminded.plus(LETTER_AFTER_REMINDER);
				if (today.isBefore(due)) {
					throw new RuleViolationException("dunning.letterNotYet", reminded, due);
				}
			}
			case HOME_VISIT -> {
				if (!debtor.ownerLivesHere()) {
					throw new RuleViolationException("dunning.visitNotResident");
				}
			}
			case LEGAL -> {
				if (reason == null || reason.isBlank()) {
					throw ValidationException.of("note", "dunning.legalReason");
				}
			}
		}
	}

	/**
	 * The measures that may be recorded now (the unit page offers these); legal steps
	 * only for a caller who may decide them.
	 */
	Set<DunningStep> possible(@Nullable DunningCase open, Debtor debtor, LocalDate today, ZoneId zone,
			boolean mayDecideLegal) {
		Set<DunningStep> possible = EnumSet.noneOf(DunningStep.class);
		for (DunningStep s : DunningStep.values()) {
			if (s == DunningStep.LEGAL) {
				if (mayDecideLegal) {
					possible.add(s);
				}
				continue;
			}
			try {
				check(s, open, debtor, "-", today, zone);
				possible.add(s);
			}
			catch (RuleViolationException ex) {
				// not now
			}
		}
		return possible;
	}

	/** The measures of the ladder the case took (not sweeps, reasons or legacy lines). */
	private static List<Taken> rungs(@Nullable DunningCase open) {
		return open == null ? List.of()
				: open.history().stream().filter(t -> DunningStep.of(t.step()).isPresent()).toList();
	}

	private static Optional<LocalDate> firstReminder(List<Taken> rungs, ZoneId zone) {
		return rungs.stream()
			.filter(t -> t.step().equals(DunningStep.REMINDER.code()))
			.map(Taken::at)
			.min(Comparator.naturalOrder())
			.map(at -> LocalDate.ofInstant(at, zone));
	}

	private static boolean taken(List<Taken> rungs, DunningStep step) {
		return rungs.stream().anyMatch(t -> t.step().equals(step.code()));
	}

}
