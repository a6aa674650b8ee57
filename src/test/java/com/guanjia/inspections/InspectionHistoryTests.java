package com.guanjia.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.inspections.Aggregate.Step;
import com.guanjia.inspections.InspectionEvents.EvaluationSigned;
import com.guanjia.inspections.InspectionEvents.FindingOrdered;
import com.guanjia.inspections.InspectionEvents.FindingRaised;
import com.guanjia.inspections.InspectionEvents.FindingReferred;
import com.guanjia.inspections.InspectionEvents.FindingResolved;
import com.guanjia.inspections.InspectionEvents.RectificationConfirmed;
import com.guanjia.inspections.InspectionEvents.RectificationIssued;
import com.guanjia.inspections.InspectionEvents.RectificationOverdue;
import com.guanjia.inspections.InspectionEvents.RoundFinished;
import com.guanjia.inspections.InspectionEvents.RoundMissed;
import com.guanjia.inspections.InspectionEvents.RoundScheduled;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSourceResolvable;

/**
 * What each step of a round, a finding, a rectification notice and a contractor's
 * evaluation writes in the history (the lines the inspection pages show) and announces
 * (R11.1–R11.4), worked by hand without Spring. Seed 003: "对清洁、绿化…不合格的，应发出整改通知…跟踪整改";
 * seed 001: the month-end score of each contractor "由客服经理审核".
 */
class InspectionHistoryTests {

	static final Instant START = Instant.parse("2026-12-07T00:00:00Z");

	static final Instant END = Instant.parse("2026-12-07T04:00:00Z");

	static final Instant CREATED = START.minusSeconds(3600);

	static final List<ChecklistItem> ITEMS = List.of(new ChecklistItem(1, "道路清洁", Trade.CLEANING, BigDecimal.ONE),
			new ChecklistItem(2, "照明灯具", Trade.ENGINEERING, BigDecimal.ONE));

	static Round round(int checkpoints) {
		List<CheckpointVisit> visits = new ArrayList<>();
		for (int i = 1; i <= checkpoints; i++) {
			visits.add(CheckpointVisit.pending(i, 100L + i, "点" + i, 50L, 9L, ITEMS));
		}
		return Round.plan(plan(), visits, "system");
	}

	static RoundPlan plan() {
		return new RoundPlan(1, 7, "k", RoundKind.PATROL, null, null, null, "日常巡查", 12L, START, END, CREATED);
	}

	static List<ItemAnswer> answers(Outcome first, Outcome second) {
		return List.of(new ItemAnswer(1, first, null), new ItemAnswer(2, second, "灯不亮"));
	}

	static String codes(RuleViolationException e) {
		return e.code() + " "
				+ java.util.Arrays.stream(e.args())
					.map(a -> a instanceof MessageSourceResolvable r ? r.getCodes()[0] : String.valueOf(a))
					.toList();
	}

	// --- rounds (R11.1, R11.2)
	// -----------------------------------------------------------

	@Test
	void r11_1_aRoundIsPlannedDueAndAnnounced() {
		Round r = round(2);
		assertThat(r.id()).isEqualTo(7);
		assertThat(r.communityId()).isEqualTo(1);
		assertThat(r.visits()).extracting(CheckpointVisit::name).containsExactly("点1", "点2");
		assertThat(r.takeSteps()).containsExactly(new Step("PLAN", null, "DUE", "日常巡查", CREATED, "system"));
		assertThat(r.takeEvents()).containsExactly(new RoundScheduled(1, 7, RoundKind.PATROL, "日常巡查", 12L, START, END));
		// taken once
		assertThat(r.takeSteps()).isEmpty();
		assertThat(r.takeEvents()).isEmpty();
		assertThatThrownBy(() -> Round.plan(plan(), List.of(), "system")).isInstanceOfSatisfying(
				RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("inspection.round.noCheckpoints"));
		RoundPlan backwards = new RoundPlan(1, 7, "k", RoundKind.PATROL, null, null, null, "日常巡查", 12L, START, START,
				CREATED);
		assertThatThrownBy(
				() -> Round.plan(backwards, List.of(CheckpointVisit.pending(1, 1L, "点1", 1L, 9L, ITEMS)), "system"))
			.isInstanceOfSatisfying(RuleViolationException.class,
					e -> assertThat(e.code()).isEqualTo("inspection.round.window"));
	}

	@Test
	void r11_2_walkingEveryCheckpointStartsAndFinishesTheRound() {
		Round r = round(2);
		r.takeSteps();
		r.takeEvents();
		Instant first = START.plusSeconds(60);
		Instant second = START.plusSeconds(600);
		r.visit(1, answers(Outcome.PASS, Outcome.PASS), null, true, first, "butler", 5L);
		r.visit(2, answers(Outcome.PASS, Outcome.FAIL), "  东侧  ", false, second, "butler", 5L);
		assertThat(r.takeSteps()).containsExactly(new Step("START", "DUE", "IN_PROGRESS", null, first, "butler"),
				new Step("VISIT", "IN_PROGRESS", "IN_PROGRESS", "点1 ✓", first, "butler"),
				new Step("VISIT", "IN_PROGRESS", "IN_PROGRESS", "点2 ✗1", second, "butler"),
				new Step("FINISH", "IN_PROGRESS", "DONE", null, second, "butler"));
		assertThat(r.takeEvents()).containsExactly(new RoundFinished(1, 7, RoundKind.PATROL, false, false, 1));
		assertThat(r.startedAt()).isEqualTo(first);
		assertThat(r.finishedAt()).isEqualTo(second);
		assertThat(r.late()).isFalse();
		assertThat(r.visited()).isEqualTo(2);
		assertThat(r.failedItems()).isEqualTo(1);
		assertThat(r.overdueAt(END.plusSeconds(1))).isFalse();
		// what the butler recorded at each checkpoint
		CheckpointVisit v1 = r.visitAt(1);
		assertThat(v1.checkpointId()).isEqualTo(101L);
		assertThat(v1.areaId()).isEqualTo(50L);
		assertThat(v1.templateId()).isEqualTo(9L);
		assertThat(v1.items()).isEqualTo(ITEMS);
		assertThat(v1.scanned()).isTrue();
		assertThat(v1.visitedAt()).isEqualTo(first);
		assertThat(v1.visitedBy()).isEqualTo("butler");
		assertThat(v1.visitedByStaffId()).isEqualTo(5L);
		assertThat(v1.note()).isNull();
		assertThat(v1.changed()).isTrue();
		v1.saved();
		assertThat(v1.changed()).isFalse();
		CheckpointVisit v2 = r.visitAt(2);
		assertThat(v2.scanned()).isFalse();
		assertThat(v2.note()).isEqualTo("东侧");
		assertThat(v2.results()).extracting(ItemResult::outcome).containsExactly(Outcome.PASS, Outcome.FAIL);
		assertThat(v2.results()).extracting(ItemResult::note).containsExactly(null, "灯不亮");
		assertThat(v2.failedItems()).isEqualTo(1);
		// recorded once
		assertThatThrownBy(() -> v2.record(answers(Outcome.PASS, Outcome.PASS), null, true, second, "b", 5L))
			.isInstanceOfSatisfying(RuleViolationException.class,
					e -> assertThat(codes(e)).isEqualTo("inspection.visit.done [点2, inspection.visitStatus.VISITED]"));
	}

	@Test
	void r11_2_everyItemIsAnsweredOnceAndOnlyItemsOfTheChecklist() {
		Round r = round(1);
		Instant t = START.plusSeconds(60);
		// item 3 is not on the checklist; item 1 twice; item 2 not answered
		assertThatThrownBy(() -> r.visit(1,
				List.of(new ItemAnswer(1, Outcome.PASS, null), new ItemAnswer(1, Outcome.FAIL, null),
						new ItemAnswer(3, Outcome.PASS, null)),
				null, true, t, "b", 5L))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.problems()).extracting(p -> p.field() + " " + p.code())
						.containsExactlyInAnyOrder("items inspection.item.twice", "items inspection.item.unknown",
								"items[2].outcome inspection.item.unanswered"));
		assertThat(r.status()).isEqualTo(RoundStatus.DUE);
		assertThat(r.visitAt(1).status()).isEqualTo(VisitStatus.PENDING);
		assertThat(r.visitAt(1).changed()).isFalse();
		// a blank item note is no note
		r.visit(1, List.of(new ItemAnswer(1, Outcome.PASS, "  "), new ItemAnswer(2, Outcome.FAIL, " 灯罩破 ")), " ", true,
				t, "b", 5L);
		assertThat(r.visitAt(1).results()).extracting(ItemResult::note).containsExactly(null, "灯罩破");
		assertThat(r.visitAt(1).note()).isNull();
	}

	@Test
	void r11_2_aSkippedCheckpointFinishesTheRoundIncomplete() {
		Round r = round(2);
		r.takeSteps();
		Instant t = START.plusSeconds(60);
		r.skip(1, " 机房锁门 ", t, "butler");
		r.visit(2, answers(Outcome.PASS, Outcome.PASS), null, true, t, "butler", 5L);
		assertThat(r.takeSteps()).containsExactly(new Step("START", "DUE", "IN_PROGRESS", null, t, "butler"),
				new Step("SKIP", "IN_PROGRESS", "IN_PROGRESS", "点1: 机房锁门", t, "butler"),
				new Step("VISIT", "IN_PROGRESS", "IN_PROGRESS", "点2 ✓", t, "butler"),
				new Step("FINISH", "IN_PROGRESS", "DONE", null, t, "butler"));
		assertThat(r.takeEvents()).last().isEqualTo(new RoundFinished(1, 7, RoundKind.PATROL, false, true, 0));
		assertThat(r.visited()).isEqualTo(1);
		CheckpointVisit skipped = r.visitAt(1);
		assertThat(skipped.status()).isEqualTo(VisitStatus.SKIPPED);
		assertThat(skipped.note()).isEqualTo("机房锁门");
		assertThat(skipped.visitedAt()).isEqualTo(t);
		assertThat(skipped.visitedBy()).isEqualTo("butler");
		assertThat(skipped.changed()).isTrue();
		assertThatThrownBy(() -> skipped.skip("again", t, "b")).isInstanceOf(RuleViolationException.class);
	}

	@Test
	void r11_2_theButlerMayFinishWithCheckpointsLeftAndOutsideTheWindowItIsLate() {
		Round r = round(3);
		r.takeSteps();
		Instant early = START.minusSeconds(60);
		r.visit(1, answers(Outcome.PASS, Outcome.PASS), null, true, early, "butler", 5L);
		assertThat(r.possibleSteps()).contains(RoundStep.FINISH);
		r.finish(START.plusSeconds(60), "butler");
		// started before its window: late
		assertThat(r.late()).isTrue();
		assertThat(r.incomplete()).isTrue();
		assertThat(r.takeSteps()).last()
			.isEqualTo(new Step("FINISH", "IN_PROGRESS", "DONE", "late", START.plusSeconds(60), "butler"));
		assertThat(r.takeEvents()).last().isEqualTo(new RoundFinished(1, 7, RoundKind.PATROL, true, true, 0));
		// finished exactly at the end of its window: on time; a second later: late
		Round atEnd = round(1);
		atEnd.visit(1, answers(Outcome.PASS, Outcome.PASS), null, true, END, "butler", 5L);
		assertThat(atEnd.late()).isFalse();
		assertThat(atEnd.incomplete()).isFalse();
		Round after = round(1);
		after.visit(1, answers(Outcome.PASS, Outcome.PASS), null, true, END.plusSeconds(1), "butler", 5L);
		assertThat(after.late()).isTrue();
		// started exactly at the start of the window: on time
		Round atStart = round(1);
		atStart.visit(1, answers(Outcome.PASS, Outcome.PASS), null, true, START, "butler", 5L);
		assertThat(atStart.late()).isFalse();
	}

	@Test
	void r11_1_aRoundNobodyStartedIsMissedOnceAfterItsWindowAndMayStillBeWalkedLate() {
		Round r = round(1);
		r.takeSteps();
		r.takeEvents();
		assertThat(r.overdueAt(END)).isFalse();
		assertThat(r.overdueAt(END.plusSeconds(1))).isTrue();
		assertThatThrownBy(() -> r.miss(END)).isInstanceOfSatisfying(RuleViolationException.class,
				e -> assertThat(e.code()).isEqualTo("inspection.round.notYetMissed"));
		assertThat(r.status()).isEqualTo(RoundStatus.DUE);
		Instant missed = END.plusSeconds(1);
		r.miss(missed);
		assertThat(r.status()).isEqualTo(RoundStatus.MISSED);
		assertThat(r.missedAt()).isEqualTo(missed);
		assertThat(r.takeSteps()).containsExactly(new Step("MISS", "DUE", "MISSED", null, missed, "system"));
		assertThat(r.takeEvents()).containsExactly(new RoundMissed(1, 7, "日常巡查", 12L, END));
		assertThat(r.overdueAt(missed)).isTrue();
		assertThatThrownBy(() -> r.miss(missed.plusSeconds(60))).isInstanceOf(RuleViolationException.class);
		Instant walked = END.plusSeconds(3600);
		r.visit(1, answers(Outcome.PASS, Outcome.PASS), null, true, walked, "butler", 5L);
		assertThat(r.takeSteps()).first().isEqualTo(new Step("START", "MISSED", "IN_PROGRESS", null, walked, "butler"));
		assertThat(r.startedAt()).isEqualTo(walked);
		assertThat(r.late()).isTrue();
		assertThat(r.overdueAt(walked)).isFalse();
	}

	@Test
	void r11_1_aRoundInProgressAfterItsWindowIsOverdueACancelledOneNot() {
		Round going = round(2);
		going.visit(1, answers(Outcome.PASS, Outcome.PASS), null, true, START, "butler", 5L);
		assertThat(going.overdueAt(END.plusSeconds(1))).isTrue();
		Round cancelled = round(2);
		cancelled.takeSteps();
		cancelled.cancel("台风", START, "supervisor");
		assertThat(cancelled.takeSteps())
			.containsExactly(new Step("CANCEL", "DUE", "CANCELLED", "台风", START, "supervisor"));
		assertThat(cancelled.overdueAt(END.plusSeconds(1))).isFalse();
		assertThat(cancelled.incomplete()).isFalse();
	}

	@Test
	void aStoredRoundInProgressIsFinishedOnlyWithSomethingRecorded() {
		List<CheckpointVisit> none = List.of(CheckpointVisit.pending(1, 1L, "点1", 1L, 9L, ITEMS));
		Round nothing = Round.restore(plan(), none, RoundStatus.IN_PROGRESS, START, null, null, false, 3);
		assertThat(nothing.version()).isEqualTo(3);
		assertThat(nothing.allows(RoundStep.FINISH)).isFalse();
		assertThat(nothing.allows(RoundStep.VISIT)).isTrue();
		CheckpointVisit done = new CheckpointVisit(1, 1L, "点1", 1L, 9L, ITEMS, VisitStatus.VISITED, START, true, "b",
				5L, null, List.of());
		Round all = Round.restore(plan(), List.of(done), RoundStatus.IN_PROGRESS, START, null, null, false, 3);
		assertThat(all.allows(RoundStep.FINISH)).isTrue();
		assertThat(all.allows(RoundStep.VISIT)).isFalse();
		assertThat(all.allows(RoundStep.SKIP)).isFalse();
	}

	// --- findings (R11.3) --------------------------------------------------------------

	static Finding finding(Trade trade) {
		Finding f = Finding
			.raise(new Finding.Origin(1, 30, 7, 2, 2, 102L, "点2", "照明灯具", trade, "灯不亮", START, "butler", 5L));
		f.takeSteps();
		f.takeEvents();
		return f;
	}

	@Test
	void r11_3_aFailedItemIsRaisedOpen() {
		Finding f = Finding.raise(
				new Finding.Origin(1, 30, 7, 2, 2, 102L, "点2", "照明灯具", Trade.ENGINEERING, "灯不亮", START, "butler", 5L));
		assertThat(f.id()).isEqualTo(30);
		assertThat(f.communityId()).isEqualTo(1);
		assertThat(f.status()).isEqualTo(FindingStatus.OPEN);
		assertThat(f.takeSteps()).containsExactly(new Step("RAISE", null, "OPEN", "点2: 照明灯具", START, "butler"));
		assertThat(f.takeEvents()).containsExactly(new FindingRaised(1, 30, 7, Trade.ENGINEERING, "点2", "照明灯具"));
		// engineering is not sent to a contractor
		assertThat(f.possibleSteps()).containsExactlyInAnyOrder(FindingStep.ORDER, FindingStep.REFER,
				FindingStep.RESOLVE);
	}

	@Test
	void r11_3_anEngineeringFindingBecomesAWorkOrderAndIsResolvedWhenItCloses() {
		Finding f = finding(Trade.ENGINEERING);
		f.ordered(88, "WO-20261207-0003", END, "supervisor");
		assertThat(f.status()).isEqualTo(FindingStatus.ORDERED);
		assertThat(f.workOrderId()).isEqualTo(88L);
		assertThat(f.workOrderNumber()).isEqualTo("WO-20261207-0003");
		assertThat(f.takeSteps())
			.containsExactly(new Step("ORDER", "OPEN", "ORDERED", "WO-20261207-0003", END, "supervisor"));
		assertThat(f.takeEvents()).containsExactly(new FindingOrdered(1, 30, 88, "WO-20261207-0003"));
		assertThat(f.possibleSteps()).containsExactly(FindingStep.RESOLVE);
		f.resolve(" 已更换灯泡 ", END, "tech");
		assertThat(f.status()).isEqualTo(FindingStatus.RESOLVED);
		assertThat(f.resolution()).isEqualTo("已更换灯泡");
		assertThat(f.resolvedAt()).isEqualTo(END);
		assertThat(f.takeSteps()).containsExactly(new Step("RESOLVE", "ORDERED", "RESOLVED", "已更换灯泡", END, "tech"));
		assertThat(f.takeEvents()).containsExactly(new FindingResolved(1, 30));
		assertThat(f.possibleSteps()).isEmpty();
		assertThatThrownBy(() -> f.resolve("again", END, "tech"))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(codes(e))
				.isEqualTo("inspection.illegal [inspection.findingStep.RESOLVE, inspection.findingStatus.RESOLVED]"));
	}

	@Test
	void r11_3_aCleaningLapseGoesToTheContractorAndIsResolvedByTheRectification() {
		Finding f = finding(Trade.CLEANING);
		assertThat(f.possibleSteps()).contains(FindingStep.SEND_TO_CONTRACTOR);
		assertThatThrownBy(() -> f.rectified("x", END, "s")).isInstanceOf(RuleViolationException.class);
		f.sentToContractor("洁美保洁", END, "supervisor");
		assertThat(f.status()).isEqualTo(FindingStatus.RECTIFYING);
		assertThat(f.takeSteps())
			.containsExactly(new Step("SEND_TO_CONTRACTOR", "OPEN", "RECTIFYING", "洁美保洁", END, "supervisor"));
		assertThat(f.possibleSteps()).isEmpty();
		assertThatThrownBy(() -> f.resolve("x", END, "s")).isInstanceOf(RuleViolationException.class);
		f.rectified("复查合格", END, "supervisor");
		assertThat(f.status()).isEqualTo(FindingStatus.RESOLVED);
		assertThat(f.takeSteps())
			.containsExactly(new Step("RESOLVE", "RECTIFYING", "RESOLVED", "复查合格", END, "supervisor"));
		assertThat(f.takeEvents()).containsExactly(new FindingResolved(1, 30));
	}

	@Test
	void r11_3_aFindingIsReferredToAnotherDepartmentWithANote() {
		Finding f = finding(Trade.SECURITY);
		assertThatThrownBy(() -> f.refer(4, "保安部", " ", END, "supervisor")).isInstanceOf(ValidationException.class);
		assertThat(f.status()).isEqualTo(FindingStatus.OPEN);
		f.refer(4, "保安部", " 夜间加强巡逻 ", END, "supervisor");
		assertThat(f.status()).isEqualTo(FindingStatus.REFERRED);
		assertThat(f.departmentId()).isEqualTo(4L);
		assertThat(f.referralNote()).isEqualTo("夜间加强巡逻");
		assertThat(f.takeSteps())
			.containsExactly(new Step("REFER", "OPEN", "REFERRED", "保安部: 夜间加强巡逻", END, "supervisor"));
		assertThat(f.takeEvents()).containsExactly(new FindingReferred(1, 30, 4, "夜间加强巡逻"));
		assertThat(f.possibleSteps()).containsExactly(FindingStep.RESOLVE);
		Finding stored = Finding.restore(f.origin(), FindingStatus.REFERRED, null, null, 4L, "n", null, null, 6);
		assertThat(stored.version()).isEqualTo(6);
	}

	// --- rectification notices (R11.3)
	// ---------------------------------------------------

	static final Instant DEADLINE = Instant.parse("2026-12-09T10:00:00Z");

	static Rectification.Notice notice(Instant deadline) {
		return new Rectification.Notice(1, 40, 30, 2, "洁美保洁", "13812345678", "点1", "道路清洁", deadline, START,
				"supervisor");
	}

	static Rectification issued() {
		Rectification r = Rectification.issue(notice(DEADLINE));
		r.takeSteps();
		r.takeEvents();
		return r;
	}

	@Test
	void r11_3_aNoticeIsIssuedWithADeadlineInTheFuture() {
		Rectification r = Rectification.issue(notice(DEADLINE));
		assertThat(r.id()).isEqualTo(40);
		assertThat(r.communityId()).isEqualTo(1);
		assertThat(r.status()).isEqualTo(RectificationStatus.ISSUED);
		assertThat(r.takeSteps()).containsExactly(new Step("ISSUE", null, "ISSUED", "洁美保洁", START, "supervisor"));
		assertThat(r.takeEvents())
			.containsExactly(new RectificationIssued(1, 40, 30, 2, "洁美保洁", "13812345678", "点1", "道路清洁", DEADLINE));
		assertThatThrownBy(() -> Rectification.issue(notice(START))).isInstanceOf(ValidationException.class);
		assertThat(Rectification.issue(notice(START.plusSeconds(1))).status()).isEqualTo(RectificationStatus.ISSUED);
	}

	@Test
	void r11_3_confirmedByALaterRoundInTime() {
		Rectification r = issued();
		r.confirm(DEADLINE, "butler", 9L);
		assertThat(r.status()).isEqualTo(RectificationStatus.CONFIRMED);
		assertThat(r.overdue()).isFalse();
		assertThat(r.confirmedAt()).isEqualTo(DEADLINE);
		assertThat(r.confirmedBy()).isEqualTo("butler");
		assertThat(r.confirmedRoundId()).isEqualTo(9L);
		assertThat(r.takeSteps())
			.containsExactly(new Step("CONFIRM", "ISSUED", "CONFIRMED", "round 9", DEADLINE, "butler"));
		assertThat(r.takeEvents()).containsExactly(new RectificationConfirmed(1, 40, 30, false));
		assertThat(r.possibleSteps()).isEmpty();
		assertThatThrownBy(() -> r.recheckFailed("x", DEADLINE, "s")).isInstanceOf(RuleViolationException.class);
	}

	@Test
	void r11_3_aFailedRecheckIsCountedAndAConfirmationAfterTheDeadlineIsOverdue() {
		Rectification r = issued();
		r.recheckFailed(" 仍有垃圾 ", START.plusSeconds(3600), "supervisor");
		r.recheckFailed("仍有垃圾", START.plusSeconds(7200), "supervisor");
		assertThat(r.failedRechecks()).isEqualTo(2);
		assertThat(r.status()).isEqualTo(RectificationStatus.ISSUED);
		assertThat(r.takeSteps()).first()
			.isEqualTo(new Step("RECHECK_FAILED", "ISSUED", "ISSUED", "仍有垃圾", START.plusSeconds(3600), "supervisor"));
		Instant late = DEADLINE.plusSeconds(1);
		r.confirm(late, "supervisor", null);
		assertThat(r.overdue()).isTrue();
		assertThat(r.confirmedRoundId()).isNull();
		assertThat(r.takeSteps()).containsExactly(new Step("CONFIRM", "ISSUED", "CONFIRMED", null, late, "supervisor"));
		assertThat(r.takeEvents()).containsExactly(new RectificationConfirmed(1, 40, 30, true));
	}

	@Test
	void r11_3_aNoticePastItsDeadlineIsMarkedOverdueOnce() {
		Rectification r = issued();
		assertThatThrownBy(() -> r.markOverdue(DEADLINE)).isInstanceOfSatisfying(RuleViolationException.class,
				e -> assertThat(e.code()).isEqualTo("inspection.rectification.notYetDue"));
		assertThat(r.overdue()).isFalse();
		Instant late = DEADLINE.plusSeconds(1);
		r.markOverdue(late);
		assertThat(r.status()).isEqualTo(RectificationStatus.OVERDUE);
		assertThat(r.overdue()).isTrue();
		assertThat(r.takeSteps()).containsExactly(new Step("MARK_OVERDUE", "ISSUED", "OVERDUE", null, late, "system"));
		assertThat(r.takeEvents()).containsExactly(new RectificationOverdue(1, 40, 2, "洁美保洁", "点1", "道路清洁", DEADLINE));
		assertThat(r.possibleSteps()).containsExactlyInAnyOrder(RectificationStep.CONFIRM,
				RectificationStep.RECHECK_FAILED);
		assertThatThrownBy(() -> r.markOverdue(late.plusSeconds(60))).isInstanceOf(RuleViolationException.class);
		r.confirm(late, "supervisor", null);
		assertThat(r.takeSteps())
			.containsExactly(new Step("CONFIRM", "OVERDUE", "CONFIRMED", null, late, "supervisor"));
		Rectification stored = Rectification.restore(notice(DEADLINE), RectificationStatus.ISSUED, false, 1, null, null,
				null, 4);
		assertThat(stored.version()).isEqualTo(4);
		assertThat(stored.failedRechecks()).isEqualTo(1);
	}

	// --- evaluations (R11.4) -----------------------------------------------------------

	@Test
	void r11_4_anEvaluationIsComputedRecomputedSignedAndRevised() {
		Evaluation.Header header = new Evaluation.Header(1, 5, 2, "洁美保洁", Trade.CLEANING,
				EvaluationPeriod.of(YearMonth.of(2026, 11), 25), 1, null);
		// one failed item: 100 − 2 = 98.00; then one overdue too: 100 − 2 − 4 = 94.00
		List<Deduction> one = List.of(new Deduction(START, "点1", "道路清洁", BigDecimal.ONE, false));
		List<Deduction> two = List.of(new Deduction(START, "点1", "道路清洁", BigDecimal.ONE, false),
				new Deduction(START, "点2", "扶手", BigDecimal.ONE, true));
		Evaluation e = Evaluation.compute(header, new Evaluation.Figures(ScoringRule.DEFAULT, one, null), START,
				"supervisor");
		assertThat(e.id()).isEqualTo(5);
		assertThat(e.communityId()).isEqualTo(1);
		assertThat(e.linesChanged()).isTrue();
		assertThat(e.computedBy()).isEqualTo("supervisor");
		assertThat(e.takeSteps()).containsExactly(new Step("COMPUTE", null, "DRAFT", "98.00", START, "supervisor"));
		e.recompute(new Evaluation.Figures(ScoringRule.DEFAULT, two, null), END, "supervisor2");
		assertThat(e.figures().overdueItems()).isEqualTo(1);
		assertThat(e.computedAt()).isEqualTo(END);
		assertThat(e.computedBy()).isEqualTo("supervisor2");
		assertThat(e.takeSteps()).containsExactly(new Step("RECOMPUTE", "DRAFT", "DRAFT", "94.00", END, "supervisor2"));
		e.sign(END, "manager", 3L);
		assertThat(e.signedAt()).isEqualTo(END);
		assertThat(e.signedBy()).isEqualTo("manager");
		assertThat(e.signedByStaffId()).isEqualTo(3L);
		assertThat(e.takeSteps()).containsExactly(new Step("SIGN", "DRAFT", "SIGNED", "94.00", END, "manager"));
		assertThat(e.takeEvents()).containsExactly(new EvaluationSigned(1, 5, 2, header.period().start(),
				header.period().end(), 1, new BigDecimal("94.00")));
		Evaluation r2 = e.revise(6, " 漏计一项 ", new Evaluation.Figures(ScoringRule.DEFAULT, one, null), END, "s");
		assertThat(r2.header().reason()).isEqualTo("漏计一项");
		assertThat(r2.linesChanged()).isTrue();
		assertThat(r2.takeSteps()).containsExactly(new Step("REVISE", null, "DRAFT", "r1 → r2: 漏计一项", END, "s"));
		assertThatThrownBy(() -> e.recompute(e.figures(), END, "s"))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(codes(ex)).isEqualTo(
					"inspection.illegal [inspection.evaluationStep.RECOMPUTE, inspection.evaluationStatus.SIGNED]"));
		Evaluation stored = Evaluation.restore(header, e.figures(), EvaluationStatus.SIGNED, START, "s", END, "m", 3L,
				7);
		assertThat(stored.version()).isEqualTo(7);
		assertThat(stored.linesChanged()).isFalse();
	}

}
