package com.guanjia.scheduling;

import static com.guanjia.scheduling.ClockStep.BREACH;
import static com.guanjia.scheduling.ClockStep.CANCEL;
import static com.guanjia.scheduling.ClockStep.MEET;
import static com.guanjia.scheduling.ClockStep.PAUSE;
import static com.guanjia.scheduling.ClockStep.REASSIGN;
import static com.guanjia.scheduling.ClockStep.RESUME;
import static com.guanjia.scheduling.ClockStep.WARN;
import static com.guanjia.scheduling.DeadlineState.BREACHED;
import static com.guanjia.scheduling.DeadlineState.CANCELLED;
import static com.guanjia.scheduling.DeadlineState.MET;
import static com.guanjia.scheduling.DeadlineState.PAUSED;
import static com.guanjia.scheduling.DeadlineState.RUNNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;

import com.guanjia.scheduling.DeadlineEvents.DeadlineBreached;
import com.guanjia.scheduling.DeadlineEvents.DeadlineWarned;
import com.guanjia.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSourceResolvable;

/**
 * Decision 0008, R2.2, R3.2, R4.2: the steps of a deadline clock, written out by hand
 * (from which states each is legal and where it lands), so a change to
 * {@link ClockStep}'s table fails here. Every other (state, step) pair is refused naming
 * the step and the state, and leaves the clock as it was.
 */
class DeadlineClockTests {

	static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

	static final Instant WARN_AT = NOW.minus(Duration.ofMinutes(10));

	static final Instant DUE = NOW.plus(Duration.ofMinutes(10));

	/**
	 * When a step is taken: the warning between its time and the due time, a breach
	 * after.
	 */
	static final Map<ClockStep, Instant> WHEN = Map.of(PAUSE, NOW, RESUME, NOW, MEET, NOW, CANCEL, NOW, REASSIGN, NOW,
			WARN, NOW, BREACH, DUE.plusSeconds(1));

	/** The legal steps by hand: from each state, the state it lands in. */
	static final Map<ClockStep, Map<DeadlineState, DeadlineState>> LEGAL = Map.of(PAUSE, Map.of(RUNNING, PAUSED),
			RESUME, Map.of(PAUSED, RUNNING), MEET, Map.of(RUNNING, MET, PAUSED, MET, BREACHED, BREACHED), CANCEL,
			Map.of(RUNNING, CANCELLED, PAUSED, CANCELLED), REASSIGN, Map.of(RUNNING, RUNNING, PAUSED, PAUSED), WARN,
			Map.of(RUNNING, RUNNING), BREACH, Map.of(RUNNING, BREACHED));

	static DeadlineClock clock(DeadlineState state) {
		return DeadlineClock.restore(
				new DeadlineView(7, 2, "WORK_ORDER", 90, DeadlineKind.RESOLVE, "IN_UNIT_REPAIR.RESOLVE",
						NOW.minus(Duration.ofHours(1)), DUE, WARN_AT, state, null, state == BREACHED ? DUE : null,
						state == MET ? NOW : null, 43L, 1),
				state == PAUSED ? NOW.minus(Duration.ofMinutes(5)) : null, 0, 4);
	}

	static void take(DeadlineClock c, ClockStep step) {
		Instant at = WHEN.get(step);
		switch (step) {
			case PAUSE -> c.pause(at);
			case RESUME -> c.resume(at);
			case MEET -> c.meet(at);
			case CANCEL -> c.cancel(at);
			case REASSIGN -> c.reassign(44L, at);
			case WARN -> c.warn(at);
			case BREACH -> c.breach(at);
		}
	}

	@Test
	void legalStepsByHand_everythingElseRefusedNamingStepAndState() {
		int allowed = 0;
		int refused = 0;
		for (ClockStep step : ClockStep.values()) {
			for (DeadlineState state : DeadlineState.values()) {
				DeadlineClock c = clock(state);
				String pair = step + " from " + state;
				DeadlineState lands = LEGAL.get(step).get(state);
				assertThat(c.allows(step, WHEN.get(step))).as(pair).isEqualTo(lands != null);
				if (lands != null) {
					take(c, step);
					assertThat(c.state()).as(pair).isEqualTo(lands);
					allowed++;
				}
				else {
					DeadlineView before = c.view();
					assertThatThrownBy(() -> take(c, step)).as(pair)
						.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
							assertThat(ex.code()).isEqualTo("deadline.illegal");
							assertThat(ex.args()).extracting(a -> ((MessageSourceResolvable) a).getCodes()[0])
								.containsExactly("deadline.clockStep." + step, "deadline.state." + state);
						});
					assertThat(c.view()).as(pair).isEqualTo(before);
					assertThat(c.events()).as(pair).isEmpty();
					refused++;
				}
			}
		}
		assertThat(allowed).isEqualTo(11);
		assertThat(refused).isEqualTo(24);
	}

	/** Waiting for the resident does not count: due and warning move by the pause. */
	@Test
	void resumingMovesTheTimesByThePauseAndCountsItsSeconds() {
		DeadlineClock c = clock(PAUSED);
		c.resume(NOW.plusMillis(500));
		assertThat(c.view().dueAt()).isEqualTo(DUE.plus(Duration.ofMinutes(5)).plusMillis(500));
		assertThat(c.view().warnAt()).isEqualTo(WARN_AT.plus(Duration.ofMinutes(5)).plusMillis(500));
		assertThat(c.pausedSeconds()).isEqualTo(301);
		assertThat(c.pausedAt()).isNull();
	}

	@Test
	void aMissedClockMetLaterStaysMissed_andIsMetOnce() {
		DeadlineClock c = clock(BREACHED);
		c.meet(NOW);
		assertThat(c.view().metAt()).isEqualTo(NOW);
		assertThat(c.view().late()).isTrue();
		assertThatThrownBy(() -> c.meet(NOW)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.code()).isEqualTo("deadline.alreadyMet"));
		assertThat(c.allows(MEET, NOW)).isFalse();
	}

	@Test
	void theWarningFiresOnceBetweenItsTimeAndTheDueTime() {
		DeadlineClock c = clock(RUNNING);
		assertThat(c.allows(WARN, WARN_AT.minusSeconds(1))).isFalse();
		assertThat(c.allows(WARN, DUE)).isFalse();
		assertThatThrownBy(() -> c.warn(WARN_AT.minusSeconds(1))).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.code()).isEqualTo("deadline.notDue"));
		c.warn(WARN_AT);
		assertThat(c.events())
			.containsExactly(new DeadlineWarned(2, 7, "WORK_ORDER", 90, DeadlineKind.RESOLVE, DUE, 43L));
		assertThatThrownBy(() -> c.warn(NOW)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.code()).isEqualTo("deadline.alreadyWarned"));
	}

	@Test
	void theBreachComesAtTheDueTimeWithItsEscalationLevel() {
		DeadlineClock c = clock(RUNNING);
		assertThatThrownBy(() -> c.breach(DUE.minusSeconds(1))).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.code()).isEqualTo("deadline.notDue"));
		c.breach(DUE);
		assertThat(c.view().breachedAt()).isEqualTo(DUE);
		assertThat(c.events())
			.containsExactly(new DeadlineBreached(2, 7, "WORK_ORDER", 90, DeadlineKind.RESOLVE, DUE, 43L, 1));
	}

	@Test
	void aReassignedClockNamesItsNewResponsible_andANewClockRuns() {
		DeadlineClock c = clock(PAUSED);
		c.reassign(null, NOW);
		assertThat(c.view().responsibleStaffId()).isNull();
		DeadlineClock fresh = DeadlineClock.start(2, Deadlines.Subject.of("RECEPTION", 5), DeadlineKind.REPLY,
				"DESK.REPLY", 0, NOW, DUE, WARN_AT, 9L);
		assertThat(fresh.state()).isEqualTo(RUNNING);
		assertThat(EnumSet.allOf(ClockStep.class).stream().filter(s -> fresh.allows(s, NOW)))
			.containsExactlyInAnyOrder(PAUSE, MEET, CANCEL, REASSIGN, WARN);
	}

}
