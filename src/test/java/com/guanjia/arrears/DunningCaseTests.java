package com.guanjia.arrears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.guanjia.arrears.ArrearsEvents.DunningStepTaken;
import com.guanjia.arrears.ArrearsEvents.UtilitiesRestoreDue;
import com.guanjia.arrears.DunningCase.CaseStep;
import com.guanjia.arrears.DunningCase.RestoreTask;
import com.guanjia.arrears.DunningCase.State;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSourceResolvable;

/**
 * R6.7: the steps of a unit's dunning case, written out by hand. A case takes ladder
 * steps only while open, closes once when the unit has paid everything, and its restore
 * task (where water or power was suspended) is done once; every other (state, step) pair
 * is refused naming the step and the state, and leaves the case as it was.
 */
class DunningCaseTests {

	static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

	static DunningCase.Action action(long id, String step) {
		return new DunningCase.Action(id, step, "SMS", null, null, new BigDecimal("450.00"), NOW, "butler", 12);
	}

	static DunningCase in(State state) {
		return DunningCase.restore(5, 2, 901, NOW.minusSeconds(86_400), state == State.CLOSED ? NOW : null,
				state == State.CLOSED ? "PAID" : null, true, List.of(),
				state == State.CLOSED ? new RestoreTask(8, NOW, null, null) : null, 3);
	}

	/** One way to take each step. */
	static final Map<CaseStep, Consumer<DunningCase>> STEPS = Map.of(CaseStep.TAKE, c -> c.take(action(40, "REMINDER")),
			CaseStep.EXPLAIN, c -> c.explain(ArrearsReason.HARDSHIP, "失业", action(41, DunningCase.REASON_LINE)),
			CaseStep.SUPPLY_CUT, c -> c.supplyCut(action(42, DunningCase.SUPPLY_CUT_LINE)), CaseStep.SWEEP,
			c -> c.swept(action(43, DunningCase.SWEEP_LINE)), CaseStep.SETTLE, c -> c.settle(NOW, () -> 9),
			CaseStep.RESTORE, c -> c.restored("engineer", NOW));

	/** The legal steps by hand: from which state, landing where. */
	static final Map<CaseStep, Map<State, State>> LEGAL = Map.of(CaseStep.TAKE, Map.of(State.OPEN, State.OPEN),
			CaseStep.EXPLAIN, Map.of(State.OPEN, State.OPEN), CaseStep.SUPPLY_CUT, Map.of(State.OPEN, State.OPEN),
			CaseStep.SWEEP, Map.of(State.OPEN, State.OPEN), CaseStep.SETTLE, Map.of(State.OPEN, State.CLOSED),
			CaseStep.RESTORE, Map.of(State.CLOSED, State.CLOSED));

	@Test
	void legalStepsByHand_everythingElseRefusedNamingStepAndState() {
		assertThat(STEPS.keySet()).containsExactlyInAnyOrder(CaseStep.values());
		int allowed = 0;
		int refused = 0;
		for (CaseStep step : CaseStep.values()) {
			for (State state : State.values()) {
				DunningCase c = in(state);
				String pair = step + " from " + state;
				State lands = LEGAL.get(step).get(state);
				if (lands != null) {
					STEPS.get(step).accept(c);
					assertThat(c.state()).as(pair).isEqualTo(lands);
					allowed++;
				}
				else {
					assertThatThrownBy(() -> STEPS.get(step).accept(c)).as(pair)
						.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
							assertThat(ex.code()).isEqualTo("dunning.illegal");
							assertThat(ex.args()).extracting(a -> ((MessageSourceResolvable) a).getCodes()[0])
								.containsExactly("dunning.caseStep." + step, "dunning.caseState." + state);
						});
					assertThat(c.state()).as(pair).isEqualTo(state);
					assertThat(c.actions()).as(pair).isEmpty();
					assertThat(c.events()).as(pair).isEmpty();
					assertThat(c.restoreChanged()).as(pair).isFalse();
					refused++;
				}
			}
		}
		assertThat(allowed).isEqualTo(6);
		assertThat(refused).isEqualTo(6);
	}

	@Test
	void aStepIsAppendedToTheHistoryAndAnnounced() {
		DunningCase c = DunningCase.open(5, 2, 901, NOW);
		c.take(action(40, "REMINDER"));
		assertThat(c.isNew()).isTrue();
		assertThat(c.history()).containsExactly(new DunningCase.Taken(40, "REMINDER", NOW));
		assertThat(c.actions()).containsExactly(action(40, "REMINDER"));
		assertThat(c.events())
			.containsExactly(new DunningStepTaken(2, 901, "REMINDER", "SMS", 40, new BigDecimal("450.00"), 12));
		assertThat(c.supplyCut()).isFalse();
		assertThatThrownBy(() -> c.take(action(41, "CUT_GAS"))).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.code()).isEqualTo("dunning.unknownStep"));
		assertThat(c.history()).hasSize(1);
	}

	/**
	 * Issue 10 item 2: the company never cuts water, power, heat or gas to collect fees
	 * (Civil Code art. 944), so 停水停电 is no step a case takes any more; a reason found and
	 * a sweep are history lines without a measure's event.
	 */
	@Test
	void noStepSuspendsSupply_reasonsAndSweepsAreHistoryWithoutAMeasure() {
		DunningCase c = DunningCase.open(5, 2, 901, NOW);
		assertThatThrownBy(() -> c.take(action(40, "SUSPEND"))).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.code()).isEqualTo("dunning.unknownStep"));
		assertThat(c.supplyCut()).isFalse();
		c.explain(ArrearsReason.SERVICE_DISPUTE, "对绿化不满", action(41, DunningCase.REASON_LINE));
		c.swept(action(42, DunningCase.SWEEP_LINE));
		assertThat(c.reason()).isEqualTo(ArrearsReason.SERVICE_DISPUTE);
		assertThat(c.reasonNote()).isEqualTo("对绿化不满");
		assertThat(c.history()).extracting(DunningCase.Taken::step).containsExactly("REASON", "SWEEP");
		assertThat(c.events()).isEmpty();
	}

	/** Paid after a utility cut the supply: a restore task at once, announced (R6.7). */
	@Test
	void settlingAUnitAUtilityCutCreatesTheRestoreTask_otherwiseJustCloses() {
		DunningCase suspended = DunningCase.open(5, 2, 901, NOW);
		suspended.supplyCut(action(40, DunningCase.SUPPLY_CUT_LINE));
		assertThat(suspended.supplyCut()).isTrue();
		suspended.saved();
		suspended.settle(NOW, () -> 77);
		assertThat(suspended.closedReason()).isEqualTo("PAID");
		assertThat(suspended.restoreTask()).isEqualTo(new RestoreTask(77, NOW, null, null));
		assertThat(suspended.events()).containsExactly(new UtilitiesRestoreDue(2, 901, 77));

		DunningCase plain = DunningCase.open(6, 2, 902, NOW);
		plain.take(action(41, "REMINDER"));
		plain.saved();
		plain.settle(NOW, () -> {
			throw new AssertionError("no task without a suspension");
		});
		assertThat(plain.state()).isEqualTo(State.CLOSED);
		assertThat(plain.restoreTask()).isNull();
		assertThat(plain.events()).isEmpty();
	}

	@Test
	void aRestoreTaskIsDoneOnce() {
		DunningCase c = in(State.CLOSED);
		c.restored("engineer", NOW);
		assertThat(c.restoreTask()).isEqualTo(new RestoreTask(8, NOW, NOW, "engineer"));
		c.saved();
		assertThat(c.version()).isEqualTo(4);
		assertThatThrownBy(() -> c.restored("engineer", NOW)).isInstanceOfSatisfying(ConflictException.class,
				ex -> assertThat(ex.code()).isEqualTo("dunning.restoreDone"));
		assertThat(c.restoreChanged()).isFalse();
	}

}
