package com.guanjia.renovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.guanjia.estate.UnitState;
import com.guanjia.renovation.RenovationEvents.RenovationAcceptanceFailed;
import com.guanjia.renovation.RenovationEvents.RenovationAccepted;
import com.guanjia.renovation.RenovationEvents.RenovationApprovalChecked;
import com.guanjia.renovation.RenovationEvents.RenovationClosed;
import com.guanjia.renovation.RenovationEvents.RenovationPaperHandedIn;
import com.guanjia.renovation.RenovationEvents.RenovationPermitted;
import com.guanjia.renovation.RenovationEvents.RenovationRefundRequested;
import com.guanjia.renovation.RenovationEvents.RenovationWithdrawn;
import com.guanjia.renovation.RenovationEvents.RenovationWorkerNamed;
import com.guanjia.shared.Money;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSourceResolvable;

/**
 * Every step of a renovation from every state (R9, decision 0012). The legal steps are
 * written here by hand — where each may start and where it lands — never read from
 * {@link RenovationAction}: each legal one lands where the table says with one history
 * line and its event; every other one is refused naming the step and the state, and the
 * renovation is unchanged.
 */
class RenovationTests {

	private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

	record Legal(RenovationStatus from, RenovationStatus to, Class<?> event) {
	}

	/** The legal steps: step → (from → to, event). */
	static final Map<RenovationAction, List<Legal>> LEGAL = Map.ofEntries(
			Map.entry(RenovationAction.UPLOAD,
					List.of(new Legal(RenovationStatus.APPLIED, RenovationStatus.APPLIED,
							RenovationPaperHandedIn.class))),
			Map.entry(RenovationAction.ADD_WORKER,
					List.of(new Legal(RenovationStatus.APPLIED, RenovationStatus.APPLIED, RenovationWorkerNamed.class),
							new Legal(RenovationStatus.PERMITTED, RenovationStatus.PERMITTED,
									RenovationWorkerNamed.class))),
			Map.entry(RenovationAction.CHECK_APPROVAL,
					List.of(new Legal(RenovationStatus.APPLIED, RenovationStatus.APPLIED,
							RenovationApprovalChecked.class))),
			Map.entry(RenovationAction.PERMIT,
					List.of(new Legal(RenovationStatus.APPLIED, RenovationStatus.PERMITTED,
							RenovationPermitted.class))),
			Map.entry(RenovationAction.ISSUE_PASS,
					List.of(new Legal(RenovationStatus.PERMITTED, RenovationStatus.PERMITTED,
							RenovationEvents.WorkerPassIssued.class))),
			Map.entry(RenovationAction.APPROVE_OVERTIME,
					List.of(new Legal(RenovationStatus.PERMITTED, RenovationStatus.PERMITTED,
							RenovationEvents.OvertimeApproved.class))),
			Map.entry(RenovationAction.START_WATER_TEST,
					List.of(new Legal(RenovationStatus.PERMITTED, RenovationStatus.PERMITTED,
							RenovationEvents.WaterTestStarted.class))),
			Map.entry(RenovationAction.END_WATER_TEST,
					List.of(new Legal(RenovationStatus.PERMITTED, RenovationStatus.PERMITTED,
							RenovationEvents.WaterTestEnded.class))),
			Map.entry(RenovationAction.WITHDRAW,
					List.of(new Legal(RenovationStatus.APPLIED, RenovationStatus.WITHDRAWN,
							RenovationWithdrawn.class))),
			Map.entry(RenovationAction.ACCEPT,
					List.of(new Legal(RenovationStatus.PERMITTED, RenovationStatus.COMPLETED,
							RenovationAccepted.class))),
			Map.entry(RenovationAction.FAIL_ACCEPTANCE,
					List.of(new Legal(RenovationStatus.PERMITTED, RenovationStatus.PERMITTED,
							RenovationAcceptanceFailed.class))),
			Map.entry(RenovationAction.REQUEST_REFUND,
					List.of(new Legal(RenovationStatus.COMPLETED, RenovationStatus.REFUNDING,
							RenovationRefundRequested.class))),
			Map.entry(RenovationAction.REFUND,
					List.of(new Legal(RenovationStatus.REFUNDING, RenovationStatus.CLOSED, RenovationClosed.class))),
			Map.entry(RenovationAction.PHOTOGRAPH,
					List.of(new Legal(RenovationStatus.PERMITTED, RenovationStatus.PERMITTED,
							RenovationEvents.RenovationPhotographed.class))),
			Map.entry(RenovationAction.CLOSE,
					List.of(new Legal(RenovationStatus.COMPLETED, RenovationStatus.CLOSED, RenovationClosed.class))));

	/**
	 * R9.6: a water test under 48 hours, or without the unit below checked, is not
	 * passed.
	 */
	@Test
	void aWaterTestUnder48HoursCannotBePassed() {
		Renovation r = in(RenovationStatus.PERMITTED, true);
		Instant started = NOW.minus(java.time.Duration.ofHours(47).plusMinutes(59));
		assertThatThrownBy(() -> r.waterTestEnded(WaterArea.BATHROOM, started, true, true, null, NOW, "tech"))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.code()).isEqualTo("renovation.water.tooShort"));
		Instant longAgo = NOW.minus(java.time.Duration.ofHours(48));
		assertThatThrownBy(() -> r.waterTestEnded(WaterArea.BATHROOM, longAgo, true, false, null, NOW, "tech"))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.code()).isEqualTo("renovation.water.belowNotChecked"));
		assertThat(r.pendingSteps()).isEmpty();
		r.waterTestEnded(WaterArea.BATHROOM, longAgo, true, true, null, NOW, "tech");
		assertThat(r.pendingSteps()).hasSize(1);
		// Failing early is always possible.
		Renovation early = in(RenovationStatus.PERMITTED, true);
		early.waterTestEnded(WaterArea.KITCHEN, started, false, false, "楼下渗水", NOW, "tech");
		assertThat(early.pendingEvents()).hasSize(1);
	}

	/** R9.3: a pass is valid only within the permit's period. */
	@Test
	void aPassIsValidOnlyWithinThePermit() {
		Renovation r = in(RenovationStatus.PERMITTED, true);
		assertThatThrownBy(
				() -> r.passIssued("LS-1", "王师傅", LocalDate.of(2026, 12, 7), LocalDate.of(2027, 2, 1), NOW, "agent"))
			.isInstanceOfSatisfying(ValidationException.class,
					ex -> assertThat(ex.problems().get(0).field()).isEqualTo("validUntil"));
		r.passIssued("LS-1", "王师傅", LocalDate.of(2026, 12, 7), LocalDate.of(2027, 1, 31), NOW, "agent");
		assertThat(r.pendingSteps()).hasSize(1);
	}

	@Test
	void everyStepFromEveryState() {
		for (RenovationAction action : RenovationAction.values()) {
			if (action == RenovationAction.APPLY) {
				continue;
			}
			for (RenovationStatus state : RenovationStatus.values()) {
				Legal legal = LEGAL.getOrDefault(action, List.of())
					.stream()
					.filter(l -> l.from() == state)
					.findFirst()
					.orElse(null);
				Renovation r = in(state, action != RenovationAction.CLOSE, action != RenovationAction.CHECK_APPROVAL);
				if (legal != null) {
					take(r, action);
					assertThat(r.status()).as(action + " from " + state).isEqualTo(legal.to());
					assertThat(r.pendingSteps()).as(action + " from " + state).hasSize(1);
					assertThat(r.pendingSteps().get(0).action()).isEqualTo(action.name());
					assertThat(r.pendingEvents()).as(action + " from " + state)
						.singleElement()
						.isInstanceOf(legal.event());
				}
				else {
					assertThatThrownBy(() -> take(r, action)).as(action + " from " + state)
						.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
							assertThat(ex.code()).isEqualTo("renovation.illegal");
							assertThat(codes(ex.args())).containsExactly("renovation.record.RENOVATION",
									action.messageKey(), state.messageKey());
						});
					assertThat(r.status()).isEqualTo(state);
					assertThat(r.pendingSteps()).isEmpty();
					assertThat(r.pendingEvents()).isEmpty();
				}
			}
		}
	}

	/**
	 * R9.2: no permit for a structural change until its approval is uploaded and checked.
	 */
	@Test
	void aStructuralChangeIsNotPermittedUntilItsApprovalIsUploadedAndChecked() {
		Set<DocumentKind> papers = EnumSet.of(DocumentKind.FLOOR_PLAN, DocumentKind.ELECTRICAL, DocumentKind.PLUMBING,
				DocumentKind.AGREEMENT, DocumentKind.PLEDGE);
		Renovation r = Renovation.restore(stored(RenovationStatus.APPLIED, true, papers, false, false));
		assertThatThrownBy(() -> r.permit(permit(true))).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.code()).isEqualTo("renovation.permit.structuralApproval"));
		assertThatThrownBy(() -> r.checkApproval(NOW, "supervisor")).isInstanceOfSatisfying(
				RuleViolationException.class,
				ex -> assertThat(ex.code()).isEqualTo("renovation.permit.structuralApproval"));
		r.paperHandedIn(DocumentKind.STRUCTURAL_APPROVAL, "批准书", NOW, "agent");
		assertThatThrownBy(() -> r.permit(permit(true))).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.code()).isEqualTo("renovation.permit.approvalNotChecked"));
		assertThat(r.possibleSteps()).contains(RenovationAction.CHECK_APPROVAL);
		r.checkApproval(NOW, "supervisor");
		assertThat(r.possibleSteps()).doesNotContain(RenovationAction.CHECK_APPROVAL);
		r.permit(permit(true));
		assertThat(r.status()).isEqualTo(RenovationStatus.PERMITTED);
	}

	@Test
	void aMissingPaperIsNamedAndAProxyNeedsTheAuthorisationAndTheirId() {
		assertThat(PermitPolicy.missing(ApplicantKind.PROXY, false, EnumSet.of(DocumentKind.FLOOR_PLAN)))
			.containsExactly(DocumentKind.ELECTRICAL, DocumentKind.PLUMBING, DocumentKind.AGREEMENT,
					DocumentKind.PLEDGE, DocumentKind.AUTHORIZATION, DocumentKind.PROXY_ID);
		Renovation r = Renovation
			.restore(stored(RenovationStatus.APPLIED, false, EnumSet.of(DocumentKind.FLOOR_PLAN), false, false));
		assertThatThrownBy(r::requirePermittable).isInstanceOfSatisfying(RuleViolationException.class, ex -> {
			assertThat(ex.code()).isEqualTo("renovation.permit.missing");
			assertThat(codes(ex.args())).startsWith(DocumentKind.ELECTRICAL.messageKey());
		});
		assertThat(r.status()).isEqualTo(RenovationStatus.APPLIED);
	}

	@Test
	void aRefundDeductsAtMostTheDepositAndNeedsAReason() {
		Renovation r = in(RenovationStatus.COMPLETED, true);
		assertThatThrownBy(() -> r.refundRequested(Money.of("2000.01"), "墙面损坏", NOW, "supervisor"))
			.isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> r.refundRequested(Money.of("200"), " ", NOW, "supervisor"))
			.isInstanceOf(ValidationException.class);
		assertThat(r.status()).isEqualTo(RenovationStatus.COMPLETED);
		r.refundRequested(Money.of("200"), "楼道墙面损坏", NOW, "supervisor");
		assertThat(r.refund().deduction()).isEqualTo(Money.of("200"));
		assertThat(r.pendingEvents())
			.containsExactly(new RenovationRefundRequested(1, 7, 99, Money.of("200").amount(), "楼道墙面损坏"));
	}

	@Test
	void aRenovationWithADepositIsNotClosedWithoutItsRefund() {
		Renovation r = in(RenovationStatus.COMPLETED, true);
		assertThat(r.possibleSteps()).containsExactly(RenovationAction.REQUEST_REFUND);
		assertThatThrownBy(() -> r.close(NOW, "supervisor")).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.code()).isEqualTo("renovation.close.depositHeld"));
		Renovation none = in(RenovationStatus.COMPLETED, false);
		assertThat(none.possibleSteps()).containsExactly(RenovationAction.CLOSE);
	}

	private static void take(Renovation r, RenovationAction action) {
		switch (action) {
			case UPLOAD -> r.paperHandedIn(DocumentKind.OTHER, "补充说明", NOW, "agent");
			case ADD_WORKER -> r.workerAdded("王师傅", NOW, "agent");
			case CHECK_APPROVAL -> r.checkApproval(NOW, "supervisor");
			case PERMIT -> r.permit(permit(true));
			case WITHDRAW -> r.withdraw("业主暂缓装修", NOW, "agent");
			case ACCEPT -> r.accept(null, false, NOW, "tech");
			case PHOTOGRAPH -> r.photographed("客厅全景", NOW, "tech");
			case ISSUE_PASS ->
				r.passIssued("LS-1", "王师傅", LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 31), NOW, "agent");
			case APPROVE_OVERTIME ->
				r.overtimeApproved(NOW, NOW.plusSeconds(3600), "赶工", "19:00–20:00", NOW, "supervisor");
			case START_WATER_TEST -> r.waterTestStarted(WaterArea.BATHROOM, NOW, "tech");
			case END_WATER_TEST ->
				r.waterTestEnded(WaterArea.BATHROOM, NOW.minusSeconds(3600), false, false, "漏水", NOW, "tech");
			case FAIL_ACCEPTANCE -> r.failAcceptance("卫生间地漏未清理", NOW, "tech");
			case REQUEST_REFUND -> r.refundRequested(Money.ZERO, null, NOW, "supervisor");
			case REFUND -> r.refunded(NOW, "finance");
			case CLOSE -> r.close(NOW, "supervisor");
			case APPLY -> throw new IllegalArgumentException();
		}
	}

	/**
	 * A structural renovation in the state with every paper and its approval (checked or
	 * not while applied), and a permit (with or without a deposit) once past it.
	 */
	static Renovation in(RenovationStatus state, boolean deposit) {
		return in(state, deposit, true);
	}

	static Renovation in(RenovationStatus state, boolean deposit, boolean checked) {
		Set<DocumentKind> papers = EnumSet.allOf(DocumentKind.class);
		papers.remove(DocumentKind.ACCEPTANCE_PHOTO);
		boolean past = state != RenovationStatus.APPLIED && state != RenovationStatus.WITHDRAWN;
		return Renovation.restore(stored(state, true, papers, checked || past, past && deposit, past));
	}

	static Renovation.Stored stored(RenovationStatus state, boolean structural, Set<DocumentKind> papers,
			boolean checked, boolean deposit) {
		return stored(state, structural, papers, checked, deposit, false);
	}

	static Renovation.Stored stored(RenovationStatus state, boolean structural, Set<DocumentKind> papers,
			boolean checked, boolean deposit, boolean permitted) {
		Application a = new Application(2, "1-1-101",
				new Application.Applicant(ApplicantKind.OWNER, 3L, "张业主", null, null, null), "厨卫改造，拆除非承重墙", structural,
				new Application.Contractor("好家装饰", "李工", null), LocalDate.of(2026, 12, 7), LocalDate.of(2027, 1, 31),
				"agent", NOW, null);
		Permit p = permitted ? new Permit("ZX2026-0001", LocalDate.of(2026, 12, 7), LocalDate.of(2027, 1, 31),
				"supervisor", NOW, Money.of("300"), 5L, deposit ? Money.of("2000") : Money.ZERO, deposit ? 99L : null,
				UnitState.OCCUPIED) : null;
		return new Renovation.Stored(7, 1, a, state, papers, checked ? new Renovation.Checked("supervisor", NOW) : null,
				p, null, null, null, 3);
	}

	private static Permit permit(boolean deposit) {
		return new Permit("ZX2026-0001", LocalDate.of(2026, 12, 7), LocalDate.of(2027, 1, 31), "supervisor", NOW,
				Money.of("300"), 5L, deposit ? Money.of("2000") : Money.ZERO, deposit ? 99L : null, UnitState.OCCUPIED);
	}

	private static List<String> codes(Object[] args) {
		return java.util.Arrays.stream(args)
			.map(a -> a instanceof MessageSourceResolvable m ? m.getCodes()[0] : String.valueOf(a))
			.toList();
	}

}
