package com.guanjia.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.guanjia.inspections.InspectionEvents.RoundFinished;
import com.guanjia.inspections.InspectionEvents.RoundMissed;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * The inspection models' rules without Spring (R11.1–R11.4). The allowed steps of each
 * state are written here by hand, never read from the code's own tables.
 */
class InspectionModelTests {

	static final Instant START = Instant.parse("2026-12-07T00:00:00Z");

	static final Instant END = Instant.parse("2026-12-07T04:00:00Z");

	static final List<ChecklistItem> ITEMS = List.of(new ChecklistItem(1, "道路清洁", Trade.CLEANING, BigDecimal.ONE),
			new ChecklistItem(2, "照明灯具", Trade.ENGINEERING, BigDecimal.ONE));

	static Round round(int checkpoints) {
		List<CheckpointVisit> visits = new java.util.ArrayList<>();
		for (int i = 1; i <= checkpoints; i++) {
			visits.add(CheckpointVisit.pending(i, (long) i, "点" + i, 1L, 9L, ITEMS));
		}
		return Round.plan(new RoundPlan(1, 7, "k", RoundKind.PATROL, null, null, null, "日常巡查", null, START, END,
				START.minusSeconds(3600)), visits, "system");
	}

	static List<ItemAnswer> answers(Outcome first, Outcome second) {
		return List.of(new ItemAnswer(1, first, null), new ItemAnswer(2, second, "灯不亮"));
	}

	@Test
	void roundStepsByStateAsWrittenByHand() {
		Map<RoundStatus, Set<RoundStep>> allowed = Map.of(RoundStatus.DUE,
				EnumSet.of(RoundStep.VISIT, RoundStep.SKIP, RoundStep.MISS, RoundStep.CANCEL), RoundStatus.IN_PROGRESS,
				EnumSet.of(RoundStep.VISIT, RoundStep.SKIP, RoundStep.FINISH), RoundStatus.MISSED,
				EnumSet.of(RoundStep.VISIT, RoundStep.SKIP, RoundStep.CANCEL), RoundStatus.DONE,
				EnumSet.noneOf(RoundStep.class), RoundStatus.CANCELLED, EnumSet.noneOf(RoundStep.class));
		Round due = round(2);
		assertThat(due.possibleSteps()).containsExactlyInAnyOrderElementsOf(allowed.get(RoundStatus.DUE));
		Round going = round(2);
		going.visit(1, answers(Outcome.PASS, Outcome.PASS), null, true, START.plusSeconds(60), "butler", 5L);
		assertThat(going.status()).isEqualTo(RoundStatus.IN_PROGRESS);
		assertThat(going.possibleSteps()).containsExactlyInAnyOrderElementsOf(allowed.get(RoundStatus.IN_PROGRESS));
		Round missed = round(2);
		missed.miss(END.plusSeconds(1));
		assertThat(missed.status()).isEqualTo(RoundStatus.MISSED);
		assertThat(missed.possibleSteps()).containsExactlyInAnyOrderElementsOf(allowed.get(RoundStatus.MISSED));
		going.visit(2, answers(Outcome.PASS, Outcome.FAIL), null, false, START.plusSeconds(120), "butler", 5L);
		assertThat(going.status()).isEqualTo(RoundStatus.DONE);
		assertThat(going.possibleSteps()).isEmpty();
		Round cancelled = round(1);
		cancelled.cancel("台风", START, "supervisor");
		assertThat(cancelled.possibleSteps()).isEmpty();
		assertThatThrownBy(() -> cancelled.visit(1, answers(Outcome.PASS, Outcome.PASS), null, false, START, "b", 5L))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("inspection.illegal");
	}

	@Test
	void theLastCheckpointFinishesTheRoundAndOutsideItsWindowItIsLate() {
		Round onTime = round(2);
		onTime.takeEvents();
		onTime.visit(1, answers(Outcome.PASS, Outcome.PASS), null, true, START.plusSeconds(60), "b", 5L);
		onTime.visit(2, answers(Outcome.FAIL, Outcome.NOT_APPLICABLE), null, true, START.plusSeconds(600), "b", 5L);
		assertThat(onTime.late()).isFalse();
		assertThat(onTime.incomplete()).isFalse();
		assertThat(onTime.takeEvents()).containsExactly(new RoundFinished(1, 7, RoundKind.PATROL, false, false, 1));

		Round late = round(2);
		late.visit(1, answers(Outcome.PASS, Outcome.PASS), null, true, END.minusSeconds(60), "b", 5L);
		late.finish(END.plusSeconds(60), "b");
		assertThat(late.late()).as("finished after its window").isTrue();
		assertThat(late.incomplete()).as("one checkpoint never visited").isTrue();
		assertThat(late.visited()).isEqualTo(1);
	}

	@Test
	void aMissedRoundIsFlaggedOnceAndMayStillBeWalkedLate() {
		Round r = round(1);
		r.takeEvents();
		assertThatThrownBy(() -> r.miss(END)).isInstanceOf(RuleViolationException.class);
		r.miss(END.plusSeconds(1));
		assertThat(r.takeEvents()).containsExactly(new RoundMissed(1, 7, "日常巡查", null, END));
		assertThat(r.allows(RoundStep.MISS)).isFalse();
		r.visit(1, answers(Outcome.PASS, Outcome.PASS), null, false, END.plusSeconds(3600), "b", 5L);
		assertThat(r.status()).isEqualTo(RoundStatus.DONE);
		assertThat(r.late()).isTrue();
		assertThat(r.missedAt()).isEqualTo(END.plusSeconds(1));
		assertThatThrownBy(() -> r.miss(END.plusSeconds(7200))).isInstanceOf(RuleViolationException.class);
	}

	@Test
	void everyItemMustBeAnsweredOnceAndACheckpointIsRecordedOnce() {
		Round r = round(2);
		assertThatThrownBy(() -> r.visit(1, List.of(new ItemAnswer(1, Outcome.PASS, null)), null, true, START, "b", 5L))
			.isInstanceOf(ValidationException.class)
			.satisfies(ex -> assertThat(((ValidationException) ex).problems()).extracting(p -> p.field())
				.containsExactly("items[2].outcome"));
		assertThat(r.status()).as("nothing recorded").isEqualTo(RoundStatus.DUE);
		r.visit(1, answers(Outcome.PASS, Outcome.PASS), null, true, START, "b", 5L);
		assertThatThrownBy(() -> r.visit(1, answers(Outcome.PASS, Outcome.PASS), null, true, START, "b", 5L))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("inspection.visit.done");
	}

	static Finding finding(Trade trade) {
		return Finding.raise(new Finding.Origin(1, 3, 7, 1, 1, 11L, "1栋大堂", "大堂入口", trade, null, START, "b", 5L));
	}

	@Test
	void findingStepsByStateAsWrittenByHand() {
		Finding cleaning = finding(Trade.CLEANING);
		assertThat(cleaning.possibleSteps()).containsExactlyInAnyOrder(FindingStep.ORDER,
				FindingStep.SEND_TO_CONTRACTOR, FindingStep.REFER, FindingStep.RESOLVE);
		Finding lamp = finding(Trade.ENGINEERING);
		assertThat(lamp.possibleSteps()).as("no contractor for engineering")
			.containsExactlyInAnyOrder(FindingStep.ORDER, FindingStep.REFER, FindingStep.RESOLVE);
		lamp.ordered(99, "WO-20261207-0001", START, "b");
		assertThat(lamp.possibleSteps()).containsExactly(FindingStep.RESOLVE);
		cleaning.sentToContractor("洁美保洁", START, "b");
		assertThat(cleaning.possibleSteps()).as("closed through its rectification").isEmpty();
		assertThatThrownBy(() -> cleaning.resolve("好了", START, "b")).isInstanceOf(RuleViolationException.class);
		cleaning.rectified("洁美保洁", START, "b");
		assertThat(cleaning.status()).isEqualTo(FindingStatus.RESOLVED);
		assertThat(cleaning.possibleSteps()).isEmpty();
		Finding referred = finding(Trade.SECURITY);
		referred.refer(4, "秩序部", "车辆乱停", START, "b");
		assertThat(referred.possibleSteps()).containsExactly(FindingStep.RESOLVE);
	}

	@Test
	void aRectificationConfirmedAfterItsDeadlineCountsAsOverdue() {
		Instant deadline = START.plusSeconds(86400);
		Rectification onTime = Rectification
			.issue(new Rectification.Notice(1, 1, 3, 2, "洁美保洁", null, "大堂", "地面", deadline, START, "b"));
		assertThat(onTime.possibleSteps()).containsExactlyInAnyOrder(RectificationStep.CONFIRM,
				RectificationStep.RECHECK_FAILED, RectificationStep.MARK_OVERDUE);
		onTime.recheckFailed("仍有垃圾", START.plusSeconds(3600), "b");
		onTime.confirm(deadline.minusSeconds(1), "b", 8L);
		assertThat(onTime.overdue()).isFalse();
		assertThat(onTime.possibleSteps()).isEmpty();
		assertThat(onTime.failedRechecks()).isEqualTo(1);

		Rectification late = Rectification
			.issue(new Rectification.Notice(1, 2, 4, 2, "洁美保洁", null, "大堂", "地面", deadline, START, "b"));
		assertThatThrownBy(() -> late.markOverdue(deadline)).isInstanceOf(RuleViolationException.class);
		late.markOverdue(deadline.plusSeconds(1));
		assertThat(late.possibleSteps()).containsExactlyInAnyOrder(RectificationStep.CONFIRM,
				RectificationStep.RECHECK_FAILED);
		late.confirm(deadline.plusSeconds(7200), "b", null);
		assertThat(late.overdue()).isTrue();
		assertThatThrownBy(() -> Rectification
			.issue(new Rectification.Notice(1, 3, 5, 2, "洁美保洁", null, "大堂", "地面", START, START, "b")))
			.isInstanceOf(ValidationException.class);
	}

	@Test
	void theEvaluationPeriodRunsFromThe26thToThe25th() {
		EvaluationPeriod november = EvaluationPeriod.of(YearMonth.of(2026, 11), 25);
		assertThat(november.start()).isEqualTo(LocalDate.of(2026, 10, 26));
		assertThat(november.end()).isEqualTo(LocalDate.of(2026, 11, 25));
		assertThat(EvaluationPeriod.containing(LocalDate.of(2026, 11, 26), 25).month())
			.isEqualTo(YearMonth.of(2026, 12));
		assertThat(EvaluationPeriod.containing(LocalDate.of(2026, 11, 25), 25).month())
			.isEqualTo(YearMonth.of(2026, 11));
		assertThat(EvaluationPeriod.of(YearMonth.of(2027, 1), 25).start()).isEqualTo(LocalDate.of(2026, 12, 26));
	}

	@Test
	void aChangedEndDayAppliesFromTheFirstMonthNotYetEvaluated() {
		YearMonth november = YearMonth.of(2026, 11);
		EvaluationPeriod evaluated = new EvaluationPeriod(november, LocalDate.of(2026, 10, 26),
				LocalDate.of(2026, 11, 25));
		assertThat(EvaluationPeriod.resolve(november, 20, evaluated, LocalDate.of(2026, 10, 25)))
			.as("an evaluated month keeps its period")
			.isEqualTo(evaluated);
		assertThat(EvaluationPeriod.resolve(november, 20, null, LocalDate.of(2026, 10, 25)))
			.as("follows on from October's evaluated end, ends on the new day")
			.isEqualTo(new EvaluationPeriod(november, LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 20)));
		assertThat(EvaluationPeriod.resolve(november, 28, null, LocalDate.of(2026, 10, 20)))
			.isEqualTo(new EvaluationPeriod(november, LocalDate.of(2026, 10, 21), LocalDate.of(2026, 11, 28)));
		assertThat(EvaluationPeriod.resolve(november, 20, null, null)).isEqualTo(EvaluationPeriod.of(november, 20));
	}

	@Test
	void theScoreIsOneHundredLessTheWeightedDeductionsOverdueDoubleNeverBelowZero() {
		ScoringRule rule = ScoringRule.DEFAULT;
		List<Deduction> found = List.of(new Deduction(START, "a", "x", BigDecimal.ONE, false),
				new Deduction(START, "a", "y", new BigDecimal("1.5"), false),
				new Deduction(START, "b", "z", BigDecimal.ONE, true));
		// 2×1 + 2×1.5 + 2×1×2 = 2 + 3 + 4 = 9
		assertThat(rule.deducted(found)).isEqualByComparingTo("9");
		assertThat(rule.score(found)).isEqualByComparingTo("91.00");
		List<Deduction> many = java.util.Collections.nCopies(60, new Deduction(START, "a", "x", BigDecimal.ONE, false));
		assertThat(rule.score(many)).isEqualByComparingTo("0");
	}

	@Test
	void aSignedEvaluationOnlyTakesARevisionWithAReason() {
		Evaluation.Header header = new Evaluation.Header(1, 5, 2, "洁美保洁", Trade.CLEANING,
				EvaluationPeriod.of(YearMonth.of(2026, 11), 25), 1, null);
		Evaluation e = Evaluation.compute(header, new Evaluation.Figures(ScoringRule.DEFAULT, List.of(), null), START,
				"supervisor");
		assertThat(e.possibleSteps()).containsExactlyInAnyOrder(EvaluationStep.RECOMPUTE, EvaluationStep.SIGN);
		e.sign(START, "manager", 3L);
		assertThat(e.possibleSteps()).containsExactly(EvaluationStep.REVISE);
		assertThatThrownBy(() -> e.recompute(new Evaluation.Figures(ScoringRule.DEFAULT, List.of(), null), START, "s"))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> e.sign(START, "manager", 3L)).isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> e.revise(6, " ", e.figures(), START, "s")).isInstanceOf(ValidationException.class);
		Evaluation r2 = e.revise(6, "漏计一项逾期整改", e.figures(), START, "s");
		assertThat(r2.header().revision()).isEqualTo(2);
		assertThat(r2.status()).isEqualTo(EvaluationStatus.DRAFT);
		assertThat(e.status()).isEqualTo(EvaluationStatus.SIGNED);
	}

}
