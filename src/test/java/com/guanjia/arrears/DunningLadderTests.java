package com.guanjia.arrears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.guanjia.arrears.DunningCase.Taken;
import com.guanjia.arrears.DunningLadder.Debtor;
import com.guanjia.arrears.DunningLadder.Next;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * R6.7, seed 002 (催缴费用): "可电话、短信提醒…；电话通知后三个月内仍未缴纳的业主，通过特快专递的方式给对方发出正式催缴函；
 * 对不交费又长期居住在小区的业主，可上门拜访催缴；对长期无端拒缴、性质特别恶劣的业主，可通过法律渠道处理". Worked by hand: the letter is due
 * three calendar months after the first reminder was recorded (in the community's zone),
 * not 90 days after the oldest bill; the visit only for an owner living in the estate;
 * legal steps only with a reason and never due by a date. No step cuts water or power
 * (Civil Code art. 944).
 */
class DunningLadderTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** 2026-08-31 23:30 in Shanghai: the reminder's day is 31 August there. */
	static final Instant REMINDED = Instant.parse("2026-08-31T15:30:00Z");

	static final DunningLadder LADDER = DunningLadder.SEED;

	static final Debtor ELSEWHERE = new Debtor(400, false);

	static final Debtor LIVES_HERE = new Debtor(400, true);

	static DunningCase caseWith(Taken... taken) {
		return DunningCase.restore(5, 2, 901, REMINDED, null, null, false, List.of(taken), null, 0);
	}

	@Test
	void noCaseYet_theReminderIsDueOnceABillIsOverdue_evenAYearOverdueItIsStillTheReminder() {
		LocalDate today = LocalDate.of(2026, 11, 30);
		assertThat(LADDER.next(null, new Debtor(0, false), today, SHANGHAI))
			.isEqualTo(new Next(null, null, DunningStep.REMINDER, false, today));
		assertThat(LADDER.next(null, new Debtor(1, false), today, SHANGHAI).due()).isTrue();
		// before, a bill 365 days old jumped to legal referral; now the ladder starts
		// with the
		// reminder whatever the bill's age
		assertThat(LADDER.next(null, new Debtor(365, true), today, SHANGHAI).step()).isEqualTo(DunningStep.REMINDER);
	}

	/**
	 * 31 August + 3 months = 30 November (the end of a shorter month), not 29 November.
	 */
	@Test
	void theLetterIsDueThreeMonthsAfterTheFirstReminder_notNinetyDaysAfterTheOldestBill() {
		DunningCase reminded = caseWith(new Taken(1, "REMINDER", REMINDED));
		LocalDate due = LocalDate.of(2026, 11, 30);
		assertThat(LADDER.next(reminded, ELSEWHERE, LocalDate.of(2026, 11, 29), SHANGHAI))
			.isEqualTo(new Next("REMINDER", REMINDED, DunningStep.DEMAND_LETTER, false, due));
		assertThat(LADDER.next(reminded, ELSEWHERE, due, SHANGHAI).due()).isTrue();
		// a second reminder later does not move the letter
		DunningCase twice = caseWith(new Taken(1, "REMINDER", REMINDED),
				new Taken(2, "REMINDER", Instant.parse("2026-10-10T02:00:00Z")));
		assertThat(LADDER.next(twice, ELSEWHERE, due, SHANGHAI).dueOn()).isEqualTo(due);
		// recording it: refused before, allowed from that day
		assertThatThrownBy(
				() -> LADDER.check(DunningStep.DEMAND_LETTER, reminded, ELSEWHERE, null, due.minusDays(1), SHANGHAI))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
				assertThat(ex.code()).isEqualTo("dunning.letterNotYet");
				assertThat(ex.args()).containsExactly(LocalDate.of(2026, 8, 31), due);
			});
		LADDER.check(DunningStep.DEMAND_LETTER, reminded, ELSEWHERE, null, due, SHANGHAI);
		// no letter without a reminder, however old the bill
		assertThatThrownBy(
				() -> LADDER.check(DunningStep.DEMAND_LETTER, null, new Debtor(365, false), null, due, SHANGHAI))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.code()).isEqualTo("dunning.letterNeedsReminder"));
	}

	@Test
	void aHomeVisitOnlyForAnOwnerLivingInTheEstate_legalStepsNeverDueAndOnlyWithAReason() {
		Instant lettered = Instant.parse("2026-12-01T02:00:00Z");
		DunningCase c = caseWith(new Taken(1, "REMINDER", REMINDED), new Taken(2, "DEMAND_LETTER", lettered));
		LocalDate today = LocalDate.of(2027, 3, 1);
		assertThat(LADDER.next(c, LIVES_HERE, today, SHANGHAI))
			.isEqualTo(new Next("DEMAND_LETTER", lettered, DunningStep.HOME_VISIT, true, today));
		assertThat(LADDER.next(c, ELSEWHERE, today, SHANGHAI))
			.isEqualTo(new Next("DEMAND_LETTER", lettered, DunningStep.LEGAL, false, null));
		assertThatThrownBy(() -> LADDER.check(DunningStep.HOME_VISIT, c, ELSEWHERE, null, today, SHANGHAI))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.code()).isEqualTo("dunning.visitNotResident"));
		LADDER.check(DunningStep.HOME_VISIT, c, LIVES_HERE, null, today, SHANGHAI);
		assertThatThrownBy(() -> LADDER.check(DunningStep.LEGAL, c, ELSEWHERE, "  ", today, SHANGHAI))
			.isInstanceOfSatisfying(ValidationException.class,
					ex -> assertThat(ex.problems()).extracting(p -> p.field()).containsExactly("note"));
		LADDER.check(DunningStep.LEGAL, c, ELSEWHERE, "长期无端拒缴，多次上门无果", today, SHANGHAI);
		DunningCase referred = caseWith(new Taken(1, "REMINDER", REMINDED), new Taken(3, "LEGAL", lettered));
		assertThat(LADDER.next(referred, ELSEWHERE, today, SHANGHAI).step()).isNull();
	}

	/**
	 * The unit page offers what may be recorded now: legal steps only to whoever may
	 * decide them; nothing cuts supply.
	 */
	@Test
	void possibleSteps() {
		LocalDate today = LocalDate.of(2026, 9, 1);
		DunningCase reminded = caseWith(new Taken(1, "REMINDER", REMINDED));
		assertThat(LADDER.possible(reminded, ELSEWHERE, today, SHANGHAI, false)).containsExactly(DunningStep.REMINDER);
		assertThat(LADDER.possible(reminded, LIVES_HERE, today.plusMonths(3), SHANGHAI, true))
			.containsExactly(DunningStep.values());
		assertThat(LADDER.steps()).extracting(DunningStep::code)
			.containsExactly("REMINDER", "DEMAND_LETTER", "HOME_VISIT", "LEGAL");
	}

	/** Sweeps, reasons and retired steps (停水停电) in the history are no rungs. */
	@Test
	void linesThatAreNoMeasuresDoNotCount() {
		DunningCase c = caseWith(new Taken(1, DunningCase.SWEEP_LINE, REMINDED),
				new Taken(2, "SUSPEND", REMINDED.plusSeconds(60)),
				new Taken(3, DunningCase.REASON_LINE, REMINDED.plusSeconds(120)));
		assertThat(LADDER.next(c, ELSEWHERE, LocalDate.of(2026, 12, 1), SHANGHAI))
			.isEqualTo(new Next(null, null, DunningStep.REMINDER, true, LocalDate.of(2026, 12, 1)));
	}

	/**
	 * Seed 003: "每季度末对未交费的单元进行催缴" — on the quarter's last day, or caught up within 14
	 * days.
	 */
	@Test
	void theQuarterEndSweepIsDueOnTheQuartersLastDay() {
		assertThat(QuarterEnd.due(LocalDate.of(2026, 12, 30))).isEmpty();
		assertThat(QuarterEnd.due(LocalDate.of(2026, 12, 31))).contains("2026-Q4");
		assertThat(QuarterEnd.due(LocalDate.of(2027, 1, 14))).contains("2026-Q4");
		assertThat(QuarterEnd.due(LocalDate.of(2027, 1, 15))).isEmpty();
		assertThat(QuarterEnd.due(LocalDate.of(2026, 6, 30))).contains("2026-Q2");
		assertThat(QuarterEnd.due(LocalDate.of(2026, 9, 30))).contains("2026-Q3");
		assertThat(QuarterEnd.due(LocalDate.of(2026, 3, 31))).contains("2026-Q1");
		assertThat(QuarterEnd.due(LocalDate.of(2026, 4, 1))).contains("2026-Q1");
		assertThat(QuarterEnd.due(LocalDate.of(2026, 11, 30))).isEmpty();
	}

	/**
	 * R6.7 (seed 002 "通过特快专递的方式给对方发出正式催缴函"): only the formal demand letter is printed to
	 * be sent by express mail; a reminder, a home visit and legal action are not letters.
	 */
	@Test
	void onlyTheDemandLetterIsPrinted() {
		assertThat(DunningStep.DEMAND_LETTER.printable()).isTrue();
		assertThat(java.util.EnumSet.of(DunningStep.REMINDER, DunningStep.HOME_VISIT, DunningStep.LEGAL))
			.noneMatch(DunningStep::printable);
	}

}
