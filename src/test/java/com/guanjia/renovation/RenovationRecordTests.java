package com.guanjia.renovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

import com.guanjia.estate.UnitState;
import com.guanjia.renovation.Aggregate.Step;
import com.guanjia.renovation.RenovationEvents.OvertimeApproved;
import com.guanjia.renovation.RenovationEvents.RenovationAccepted;
import com.guanjia.renovation.RenovationEvents.RenovationApplied;
import com.guanjia.renovation.RenovationEvents.RenovationClosed;
import com.guanjia.renovation.RenovationEvents.RenovationPaperHandedIn;
import com.guanjia.renovation.RenovationEvents.RenovationPermitted;
import com.guanjia.renovation.RenovationEvents.RenovationRefundRequested;
import com.guanjia.renovation.RenovationEvents.RenovationWithdrawn;
import com.guanjia.renovation.RenovationEvents.WaterTestEnded;
import com.guanjia.renovation.RenovationEvents.WorkerPassIssued;
import com.guanjia.shared.Money;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * What a renovation records at each step — the history line staff read on its page, the
 * facts it keeps (who checked, accepted, when it closed, the refund) and the event it
 * announces — with values worked out by hand (R9). {@link RenovationTests} covers which
 * step is legal from which state; this covers what the legal ones leave behind.
 */
class RenovationRecordTests {

	private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

	private static final Instant LATER = Instant.parse("2027-02-03T06:30:00Z");

	/**
	 * R9.1: an application opens APPLIED, new, with its works as the first line (from no
	 * state).
	 */
	@Test
	void anApplicationOpensAppliedWithItsWorksAsTheFirstLine() {
		Application a = application(false);
		Renovation r = Renovation.apply(7, 1, a);
		assertThat(r.isNew()).isTrue();
		assertThat(r.id()).isEqualTo(7);
		assertThat(r.communityId()).isEqualTo(1);
		assertThat(r.application()).isSameAs(a);
		assertThat(r.status()).isEqualTo(RenovationStatus.APPLIED);
		assertThat(r.papers()).isEmpty();
		assertThat(r.approvalChecked()).isNull();
		assertThat(r.permit()).isNull();
		assertThat(r.accepted()).isNull();
		assertThat(r.refund()).isNull();
		assertThat(r.closedAt()).isNull();
		assertThat(r.version()).isZero();
		assertThat(r.pendingSteps()).containsExactly(new Step("APPLY", null, "APPLIED", "铺地板，刷墙", NOW, "agent"));
		assertThat(r.pendingEvents()).containsExactly(new RenovationApplied(1, 7, 2, "1-1-101", false));
		// R9.1: the owner's five papers are still missing, nothing else.
		assertThat(r.missingPapers()).containsExactly(DocumentKind.FLOOR_PLAN, DocumentKind.ELECTRICAL,
				DocumentKind.PLUMBING, DocumentKind.AGREEMENT, DocumentKind.PLEDGE);
	}

	/** Saving a new one keeps version 0; every later save moves it on by one. */
	@Test
	void theStoredVersionMovesOnWithEverySaveAfterTheFirst() {
		Renovation r = Renovation.apply(7, 1, application(false));
		r.saved();
		assertThat(r.isNew()).isFalse();
		assertThat(r.version()).isZero();
		r.saved();
		assertThat(r.version()).isEqualTo(1);
		Renovation restored = RenovationTests.in(RenovationStatus.PERMITTED, true);
		assertThat(restored.isNew()).isFalse();
		assertThat(restored.version()).isEqualTo(3);
		restored.saved();
		assertThat(restored.version()).isEqualTo(4);
	}

	/**
	 * R9.1: a paper handed in is kept and named in the history; a photo is not a paper.
	 */
	@Test
	void aPaperHandedInIsKeptAndNamed() {
		Renovation r = Renovation.apply(7, 1, application(false));
		r.takeSteps();
		r.takeEvents();
		r.paperHandedIn(DocumentKind.FLOOR_PLAN, "平面图", NOW, "agent");
		assertThat(r.papers()).containsExactly(DocumentKind.FLOOR_PLAN);
		assertThat(r.missingPapers()).doesNotContain(DocumentKind.FLOOR_PLAN).hasSize(4);
		assertThat(r.pendingSteps()).containsExactly(new Step("UPLOAD", "APPLIED", "APPLIED", "平面图", NOW, "agent"));
		assertThat(r.pendingEvents())
			.containsExactly(new RenovationPaperHandedIn(1, 7, 2, DocumentKind.FLOOR_PLAN, "平面图"));
		assertThatThrownBy(() -> r.paperHandedIn(DocumentKind.ACCEPTANCE_PHOTO, "客厅", NOW, "agent"))
			.isInstanceOfSatisfying(ValidationException.class,
					ex -> assertThat(ex.problems().get(0).field()).isEqualTo("kind"));
		assertThat(r.papers()).containsExactly(DocumentKind.FLOOR_PLAN);
		assertThat(r.pendingSteps()).hasSize(1);
	}

	/** R9.2: the approval's check records who checked it and when. */
	@Test
	void theApprovalCheckRecordsWhoCheckedIt() {
		Renovation r = Renovation.restore(RenovationTests.stored(RenovationStatus.APPLIED, true,
				EnumSet.of(DocumentKind.STRUCTURAL_APPROVAL), false, false));
		r.checkApproval(NOW, "王主管");
		assertThat(r.approvalChecked()).isEqualTo(new Renovation.Checked("王主管", NOW));
		assertThat(r.pendingSteps())
			.containsExactly(new Step("CHECK_APPROVAL", "APPLIED", "APPLIED", null, NOW, "王主管"));
	}

	/**
	 * R9.2: a change that is not structural has no approval to check; the page offers
	 * only the other steps.
	 */
	@Test
	void aNonStructuralChangeOffersNoApprovalCheck() {
		Set<DocumentKind> all = EnumSet.of(DocumentKind.FLOOR_PLAN, DocumentKind.ELECTRICAL, DocumentKind.PLUMBING,
				DocumentKind.AGREEMENT, DocumentKind.PLEDGE, DocumentKind.STRUCTURAL_APPROVAL);
		Renovation plain = Renovation
			.restore(RenovationTests.stored(RenovationStatus.APPLIED, false, all, false, false));
		assertThat(plain.possibleSteps()).containsExactlyInAnyOrder(RenovationAction.UPLOAD,
				RenovationAction.ADD_WORKER, RenovationAction.PERMIT, RenovationAction.WITHDRAW);
		assertThat(plain.missingPapers()).isEmpty();
		Renovation structural = Renovation
			.restore(RenovationTests.stored(RenovationStatus.APPLIED, true, all, false, false));
		assertThat(structural.possibleSteps()).containsExactlyInAnyOrder(RenovationAction.UPLOAD,
				RenovationAction.ADD_WORKER, RenovationAction.CHECK_APPROVAL, RenovationAction.PERMIT,
				RenovationAction.WITHDRAW);
		// Without the approval uploaded there is nothing to check yet.
		Set<DocumentKind> noApproval = EnumSet.copyOf(all);
		noApproval.remove(DocumentKind.STRUCTURAL_APPROVAL);
		Renovation waiting = Renovation
			.restore(RenovationTests.stored(RenovationStatus.APPLIED, true, noApproval, false, false));
		assertThat(waiting.possibleSteps()).doesNotContain(RenovationAction.CHECK_APPROVAL);
		assertThat(waiting.missingPapers()).containsExactly(DocumentKind.STRUCTURAL_APPROVAL);
	}

	/**
	 * While permitted, staff may name workers, issue passes, approve overtime, start a
	 * water test, photograph and accept or fail the acceptance; ending a water test is
	 * the technician's own page (R9.3–R9.7).
	 */
	@Test
	void aPermittedRenovationOffersTheSiteSteps() {
		Renovation r = RenovationTests.in(RenovationStatus.PERMITTED, true);
		assertThat(r.possibleSteps()).containsExactlyInAnyOrder(RenovationAction.ADD_WORKER,
				RenovationAction.ISSUE_PASS, RenovationAction.APPROVE_OVERTIME, RenovationAction.START_WATER_TEST,
				RenovationAction.PHOTOGRAPH, RenovationAction.ACCEPT, RenovationAction.FAIL_ACCEPTANCE);
		assertThat(RenovationTests.in(RenovationStatus.REFUNDING, true).possibleSteps()).isEmpty();
		assertThat(RenovationTests.in(RenovationStatus.CLOSED, true).possibleSteps()).isEmpty();
	}

	/** R9.3: the permit's number and period go into the history and the event. */
	@Test
	void aPermitIsRecordedWithItsNumberAndPeriod() {
		Renovation r = Renovation.restore(RenovationTests.stored(RenovationStatus.APPLIED, false,
				EnumSet.of(DocumentKind.FLOOR_PLAN, DocumentKind.ELECTRICAL, DocumentKind.PLUMBING,
						DocumentKind.AGREEMENT, DocumentKind.PLEDGE),
				false, false));
		Permit p = new Permit("ZX2026-0042", LocalDate.of(2026, 12, 10), LocalDate.of(2027, 3, 9), "李主管", LATER,
				Money.of("300"), 5L, Money.of("2000"), 99L, UnitState.OCCUPIED);
		r.permit(p);
		assertThat(r.permit()).isSameAs(p);
		assertThat(r.status()).isEqualTo(RenovationStatus.PERMITTED);
		assertThat(r.pendingSteps()).containsExactly(
				new Step("PERMIT", "APPLIED", "PERMITTED", "ZX2026-0042 2026-12-10~2027-03-09", LATER, "李主管"));
		assertThat(r.pendingEvents()).containsExactly(new RenovationPermitted(1, 7, 2, "1-1-101", "ZX2026-0042",
				LocalDate.of(2026, 12, 10), LocalDate.of(2027, 3, 9), "好家装饰", false));
	}

	/** R9.3: a permit whose period runs backwards is refused and nothing is recorded. */
	@Test
	void aPermitRunningBackwardsIsRefused() {
		Renovation r = Renovation.restore(RenovationTests.stored(RenovationStatus.APPLIED, false,
				EnumSet.of(DocumentKind.FLOOR_PLAN, DocumentKind.ELECTRICAL, DocumentKind.PLUMBING,
						DocumentKind.AGREEMENT, DocumentKind.PLEDGE),
				false, false));
		Permit backwards = new Permit("ZX2026-0043", LocalDate.of(2027, 3, 9), LocalDate.of(2027, 3, 8), "李主管", NOW,
				Money.of("300"), 5L, Money.ZERO, null, UnitState.OCCUPIED);
		assertThatThrownBy(() -> r.permit(backwards)).isInstanceOfSatisfying(ValidationException.class,
				ex -> assertThat(ex.problems().get(0).field()).isEqualTo("permitUntil"));
		assertThat(r.status()).isEqualTo(RenovationStatus.APPLIED);
		assertThat(r.permit()).isNull();
		assertThat(r.pendingSteps()).isEmpty();
		assertThat(r.pendingEvents()).isEmpty();
	}

	/**
	 * R9.3: the permit (2026-12-07 to 2027-01-31) covers both its first and last day, and
	 * only while the renovation is permitted.
	 */
	@Test
	void thePermitCoversItsPeriodOnlyWhilePermitted() {
		Renovation r = RenovationTests.in(RenovationStatus.PERMITTED, true);
		assertThat(r.permitCovers(LocalDate.of(2026, 12, 6))).isFalse();
		assertThat(r.permitCovers(LocalDate.of(2026, 12, 7))).isTrue();
		assertThat(r.permitCovers(LocalDate.of(2027, 1, 31))).isTrue();
		assertThat(r.permitCovers(LocalDate.of(2027, 2, 1))).isFalse();
		assertThat(RenovationTests.in(RenovationStatus.COMPLETED, true).permitCovers(LocalDate.of(2026, 12, 20)))
			.isFalse();
		assertThat(RenovationTests.in(RenovationStatus.APPLIED, true).permitCovers(LocalDate.of(2026, 12, 20)))
			.isFalse();
	}

	/** R9.3 and R9.4: a pass and an overtime consent are named in the history. */
	@Test
	void aPassAndAnOvertimeConsentAreNamedInTheHistory() {
		Renovation r = RenovationTests.in(RenovationStatus.PERMITTED, true);
		r.passIssued("LS-7", "王师傅", LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 20), NOW, "前台小李");
		Instant from = Instant.parse("2026-12-08T11:00:00Z");
		Instant to = Instant.parse("2026-12-08T12:00:00Z");
		r.overtimeApproved(from, to, "赶工铺砖", "19:00–20:00", NOW, "王主管");
		assertThat(r.pendingSteps()).containsExactly(
				new Step("ISSUE_PASS", "PERMITTED", "PERMITTED", "LS-7 王师傅 2026-12-08~2026-12-20", NOW, "前台小李"),
				new Step("APPROVE_OVERTIME", "PERMITTED", "PERMITTED", "19:00–20:00 赶工铺砖", NOW, "王主管"));
		assertThat(r.pendingEvents()).containsExactly(
				new WorkerPassIssued(1, 7, "LS-7", "王师傅", LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 20)),
				new OvertimeApproved(1, 7, from, to, "赶工铺砖"));
	}

	/** R9.3: a pass starting before the permit is refused naming its first day. */
	@Test
	void aPassStartingBeforeThePermitIsRefused() {
		Renovation r = RenovationTests.in(RenovationStatus.PERMITTED, true);
		assertThatThrownBy(
				() -> r.passIssued("LS-8", "王师傅", LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 20), NOW, "前台小李"))
			.isInstanceOfSatisfying(ValidationException.class,
					ex -> assertThat(ex.problems().get(0).field()).isEqualTo("validFrom"));
		assertThat(r.pendingSteps()).isEmpty();
		assertThat(r.pendingEvents()).isEmpty();
	}

	/**
	 * R9.6: the end of a water test is recorded as passed or failed with what was found;
	 * 48 hours exactly with the unit below checked passes.
	 */
	@Test
	void aWaterTestEndIsRecordedPassedOrFailedWithWhatWasFound() {
		Renovation r = RenovationTests.in(RenovationStatus.PERMITTED, true);
		Instant started = NOW.minus(java.time.Duration.ofHours(48));
		r.waterTestStarted(WaterArea.BATHROOM, started, "技术员老周");
		r.waterTestEnded(WaterArea.BATHROOM, started, true, true, null, NOW, "技术员老周");
		r.waterTestEnded(WaterArea.KITCHEN, NOW.minusSeconds(3600), false, false, "楼下渗水", NOW, "技术员老周");
		r.waterTestEnded(WaterArea.BALCONY, NOW.minusSeconds(3600), false, false, null, NOW, "技术员老周");
		assertThat(r.pendingSteps()).extracting(Step::action, Step::note)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("START_WATER_TEST", "BATHROOM"),
					org.assertj.core.groups.Tuple.tuple("END_WATER_TEST", "BATHROOM PASSED"),
					org.assertj.core.groups.Tuple.tuple("END_WATER_TEST", "KITCHEN FAILED 楼下渗水"),
					org.assertj.core.groups.Tuple.tuple("END_WATER_TEST", "BALCONY FAILED"));
		assertThat(r.pendingEvents()).contains(new WaterTestEnded(1, 7, 2, "1-1-101", WaterArea.BATHROOM, true, null),
				new WaterTestEnded(1, 7, 2, "1-1-101", WaterArea.KITCHEN, false, "楼下渗水"));
		assertThat(r.status()).isEqualTo(RenovationStatus.PERMITTED);
	}

	/** R9.7: acceptance records who accepted and when; not while water still stands. */
	@Test
	void acceptanceRecordsWhoAcceptedAndWaitsForAStandingWaterTest() {
		Renovation r = RenovationTests.in(RenovationStatus.PERMITTED, true);
		assertThatThrownBy(() -> r.accept(null, true, NOW, "工程部老赵")).isInstanceOfSatisfying(
				RuleViolationException.class,
				ex -> assertThat(ex.code()).isEqualTo("renovation.accept.waterTestRunning"));
		assertThat(r.status()).isEqualTo(RenovationStatus.PERMITTED);
		assertThat(r.accepted()).isNull();
		assertThat(r.pendingSteps()).isEmpty();
		r.accept("墙面平整", false, LATER, "工程部老赵");
		assertThat(r.status()).isEqualTo(RenovationStatus.COMPLETED);
		assertThat(r.accepted()).isEqualTo(new Renovation.Checked("工程部老赵", LATER));
		assertThat(r.pendingSteps())
			.containsExactly(new Step("ACCEPT", "PERMITTED", "COMPLETED", "墙面平整", LATER, "工程部老赵"));
		assertThat(r.pendingEvents()).containsExactly(new RenovationAccepted(1, 7, 2, "1-1-101", "工程部老赵"));
	}

	/**
	 * R9.7: a deduction of 200.00 from the 2000.00 deposit keeps its reason (trimmed) and
	 * shows both in the history; paying it back closes the renovation at that moment.
	 */
	@Test
	void aDeductionKeepsItsReasonAndTheRefundClosesTheRenovation() {
		Renovation r = RenovationTests.in(RenovationStatus.COMPLETED, true);
		r.refundRequested(Money.of("200.00"), "  楼道墙面损坏 ", NOW, "王主管");
		assertThat(r.status()).isEqualTo(RenovationStatus.REFUNDING);
		assertThat(r.refund()).isEqualTo(new Renovation.Refund(Money.of("200.00"), "楼道墙面损坏", NOW));
		assertThat(r.pendingEvents())
			.containsExactly(new RenovationRefundRequested(1, 7, 99, new java.math.BigDecimal("200.00"), "楼道墙面损坏"));
		assertThat(r.closedAt()).isNull();
		r.refunded(LATER, "出纳小陈");
		assertThat(r.status()).isEqualTo(RenovationStatus.CLOSED);
		assertThat(r.closedAt()).isEqualTo(LATER);
		assertThat(r.pendingSteps()).containsExactly(
				new Step("REQUEST_REFUND", "COMPLETED", "REFUNDING", "200.00 楼道墙面损坏", NOW, "王主管"),
				new Step("REFUND", "REFUNDING", "CLOSED", null, LATER, "出纳小陈"));
		assertThat(r.pendingEvents()).endsWith(new RenovationClosed(1, 7, 2, LATER));
	}

	/**
	 * R9.7: the whole deposit back (no deduction) keeps no reason, even if one was typed,
	 * and the history line carries no note.
	 */
	@Test
	void theWholeDepositBackKeepsNoReason() {
		Renovation r = RenovationTests.in(RenovationStatus.COMPLETED, true);
		r.refundRequested(Money.ZERO, "无", NOW, "王主管");
		assertThat(r.refund()).isEqualTo(new Renovation.Refund(Money.ZERO, null, NOW));
		assertThat(r.pendingSteps())
			.containsExactly(new Step("REQUEST_REFUND", "COMPLETED", "REFUNDING", null, NOW, "王主管"));
		assertThat(r.pendingEvents())
			.containsExactly(new RenovationRefundRequested(1, 7, 99, Money.ZERO.amount(), null));
	}

	/**
	 * Without a deposit there is nothing to refund: the refund is refused and the
	 * renovation is closed directly, at that moment.
	 */
	@Test
	void withoutADepositTheRenovationClosesDirectly() {
		Renovation r = RenovationTests.in(RenovationStatus.COMPLETED, false);
		assertThatThrownBy(r::requireRefundable).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.code()).isEqualTo("renovation.refund.noDeposit"));
		assertThatThrownBy(() -> r.refundRequested(Money.ZERO, null, NOW, "王主管")).isInstanceOfSatisfying(
				RuleViolationException.class, ex -> assertThat(ex.code()).isEqualTo("renovation.refund.noDeposit"));
		assertThat(r.status()).isEqualTo(RenovationStatus.COMPLETED);
		assertThat(r.refund()).isNull();
		r.close(LATER, "王主管");
		assertThat(r.status()).isEqualTo(RenovationStatus.CLOSED);
		assertThat(r.closedAt()).isEqualTo(LATER);
		assertThat(r.pendingSteps()).containsExactly(new Step("CLOSE", "COMPLETED", "CLOSED", null, LATER, "王主管"));
		assertThat(r.pendingEvents()).containsExactly(new RenovationClosed(1, 7, 2, LATER));
	}

	/** R9.7: the whole deposit of 2000.00 may be kept back for damage, not a fen more. */
	@Test
	void theWholeDepositMayBeDeducted() {
		Renovation r = RenovationTests.in(RenovationStatus.COMPLETED, true);
		r.refundRequested(Money.of("2000.00"), "防水层破坏，楼下重修", NOW, "王主管");
		assertThat(r.refund().deduction()).isEqualTo(Money.of("2000.00"));
		assertThat(r.status()).isEqualTo(RenovationStatus.REFUNDING);
	}

	/** The repository takes the history lines and the service the events, each once. */
	@Test
	void theHistoryAndTheEventsAreHandedOverOnce() {
		Renovation r = RenovationTests.in(RenovationStatus.APPLIED, false);
		r.withdraw("业主暂缓装修", NOW, "前台小李");
		assertThat(r.takeSteps()).containsExactly(new Step("WITHDRAW", "APPLIED", "WITHDRAWN", "业主暂缓装修", NOW, "前台小李"));
		assertThat(r.takeSteps()).isEmpty();
		assertThat(r.takeEvents()).containsExactly(new RenovationWithdrawn(1, 7, 2, "业主暂缓装修"));
		assertThat(r.takeEvents()).isEmpty();
	}

	/** A withdrawn application keeps the owner's reason in the history and the event. */
	@Test
	void aWithdrawalKeepsItsReason() {
		Renovation r = RenovationTests.in(RenovationStatus.APPLIED, false);
		r.withdraw("业主暂缓装修", NOW, "前台小李");
		assertThat(r.status()).isEqualTo(RenovationStatus.WITHDRAWN);
		assertThat(r.pendingSteps())
			.containsExactly(new Step("WITHDRAW", "APPLIED", "WITHDRAWN", "业主暂缓装修", NOW, "前台小李"));
		assertThat(r.pendingEvents()).containsExactly(new RenovationWithdrawn(1, 7, 2, "业主暂缓装修"));
	}

	/** A restored renovation gives back exactly the facts it was stored with. */
	@Test
	void aRestoredRenovationGivesBackItsStoredFacts() {
		Renovation.Checked checked = new Renovation.Checked("王主管", NOW);
		Renovation.Checked accepted = new Renovation.Checked("工程部老赵", LATER);
		Renovation.Refund refund = new Renovation.Refund(Money.of("200"), "楼道墙面损坏", LATER);
		Application a = application(true);
		Renovation r = Renovation.restore(new Renovation.Stored(8, 4, a, RenovationStatus.CLOSED,
				EnumSet.of(DocumentKind.FLOOR_PLAN), checked, null, accepted, refund, LATER, 6));
		assertThat(r.id()).isEqualTo(8);
		assertThat(r.communityId()).isEqualTo(4);
		assertThat(r.application()).isSameAs(a);
		assertThat(r.papers()).containsExactly(DocumentKind.FLOOR_PLAN);
		assertThat(r.approvalChecked()).isSameAs(checked);
		assertThat(r.accepted()).isSameAs(accepted);
		assertThat(r.refund()).isSameAs(refund);
		assertThat(r.closedAt()).isEqualTo(LATER);
		assertThat(r.version()).isEqualTo(6);
		assertThat(r.pendingSteps()).isEmpty();
		assertThat(r.pendingEvents()).isEmpty();
	}

	/**
	 * A refused step names the step and the state in words staff read: every step and
	 * state has its text in both bundles ("该装修申请当前为「已完工」，不能「发放许可证」。").
	 */
	@Test
	void everyStepAndStateHasItsTextInBothBundles() throws java.io.IOException {
		for (String bundle : List.of("i18n/renovation.properties", "i18n/renovation_en.properties")) {
			Properties texts = new Properties();
			try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
				texts.load(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8));
			}
			assertThat(RenovationAction.PERMIT.messageKey()).isEqualTo("renovation.action.PERMIT");
			for (RenovationAction action : RenovationAction.values()) {
				assertThat(texts.getProperty(action.messageKey())).as(bundle + " " + action).isNotBlank();
			}
			for (RenovationStatus status : RenovationStatus.values()) {
				assertThat(texts.getProperty(status.messageKey())).as(bundle + " " + status).isNotBlank();
			}
		}
	}

	private static Application application(boolean structural) {
		return new Application(2, "1-1-101",
				new Application.Applicant(ApplicantKind.OWNER, 3L, "张业主", null, null, null), "铺地板，刷墙", structural,
				new Application.Contractor("好家装饰", "李工", null), LocalDate.of(2026, 12, 7), LocalDate.of(2027, 1, 31),
				"agent", NOW, null);
	}

}
