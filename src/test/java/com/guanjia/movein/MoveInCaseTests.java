package com.guanjia.movein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.guanjia.archive.DocumentType;
import com.guanjia.estate.UnitState;
import com.guanjia.shared.Money;
import com.guanjia.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The move-in case's steps (R8.1–R8.3), written by hand: which states each step may start
 * from and where it lands; every other (state, step) is refused and leaves the case as it
 * was. And the rules that are not about states: the papers by applicant kind, all
 * agreements, the fees, the handover date, completing only when nothing is missing.
 */
class MoveInCaseTests {

	static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

	static final LocalDate TODAY = LocalDate.parse("2026-12-07");

	/** step → the states it may start from (by hand, not from the enum). */
	static final Map<MoveInAction, Set<MoveInStatus>> LEGAL = new LinkedHashMap<>();

	static {
		LEGAL.put(MoveInAction.ATTACH, EnumSet.of(MoveInStatus.OPENED, MoveInStatus.IN_PROGRESS));
		LEGAL.put(MoveInAction.CHECK_DOCUMENTS, EnumSet.of(MoveInStatus.OPENED));
		LEGAL.put(MoveInAction.REGISTER, EnumSet.of(MoveInStatus.IN_PROGRESS));
		LEGAL.put(MoveInAction.SIGN_AGREEMENTS, EnumSet.of(MoveInStatus.IN_PROGRESS));
		LEGAL.put(MoveInAction.HAND_OUT, EnumSet.of(MoveInStatus.IN_PROGRESS));
		LEGAL.put(MoveInAction.SETTLE_FEES, EnumSet.of(MoveInStatus.IN_PROGRESS));
		LEGAL.put(MoveInAction.DEFER_FEES, EnumSet.of(MoveInStatus.IN_PROGRESS));
		LEGAL.put(MoveInAction.NOTE_REQUESTS, EnumSet.of(MoveInStatus.OPENED, MoveInStatus.IN_PROGRESS));
		LEGAL.put(MoveInAction.ACCEPT, EnumSet.of(MoveInStatus.IN_PROGRESS));
		LEGAL.put(MoveInAction.CUSTODY, EnumSet.of(MoveInStatus.IN_PROGRESS));
		LEGAL.put(MoveInAction.END_CUSTODY, EnumSet.of(MoveInStatus.IN_PROGRESS));
		LEGAL.put(MoveInAction.COMPLETE, EnumSet.of(MoveInStatus.IN_PROGRESS));
		LEGAL.put(MoveInAction.CANCEL, EnumSet.of(MoveInStatus.OPENED, MoveInStatus.IN_PROGRESS));
	}

	/** Where a legal step lands. */
	static MoveInStatus landing(MoveInAction step, MoveInStatus from) {
		return switch (step) {
			case CHECK_DOCUMENTS -> MoveInStatus.IN_PROGRESS;
			case COMPLETE -> MoveInStatus.COMPLETED;
			case CANCEL -> MoveInStatus.CANCELLED;
			default -> from;
		};
	}

	static final Map<MoveInAction, Consumer<MoveInCase>> TAKE = new LinkedHashMap<>();

	static {
		TAKE.put(MoveInAction.ATTACH, c -> c.attach(DocumentType.OTHER, 99, NOW));
		TAKE.put(MoveInAction.CHECK_DOCUMENTS, c -> c.checkDocuments(NOW));
		TAKE.put(MoveInAction.REGISTER,
				c -> c.register(new MoveInCase.Registration("李红", "13800138000", "配偶", null, NOW), NOW));
		TAKE.put(MoveInAction.SIGN_AGREEMENTS, c -> c.signAgreements(EnumSet.allOf(Agreement.class), NOW));
		TAKE.put(MoveInAction.HAND_OUT, c -> c.handOut(handOut(), NOW));
		TAKE.put(MoveInAction.SETTLE_FEES, c -> c.settleFees(Money.ZERO, NOW));
		TAKE.put(MoveInAction.DEFER_FEES, c -> c.deferFees("开发商承担首年物业费", NOW));
		TAKE.put(MoveInAction.NOTE_REQUESTS, c -> c.noteRequests("水电开通", NOW));
		TAKE.put(MoveInAction.ACCEPT, c -> c.accepted(5, NOW));
		TAKE.put(MoveInAction.CUSTODY, c -> c.custody(6, NOW));
		TAKE.put(MoveInAction.END_CUSTODY, c -> c.custodyEnded(6, NOW));
		TAKE.put(MoveInAction.COMPLETE, c -> c.complete(TODAY, true, TODAY.minusDays(3), TODAY, NOW));
		TAKE.put(MoveInAction.CANCEL, c -> c.cancel("业主改期", NOW));
	}

	static MoveInCase.HandOut handOut() {
		return new MoveInCase.HandOut(List.of(new MoveInCase.HandedItem(1, "UNIT_KEY", "K-1")), true, true, NOW);
	}

	static MoveInCase opened(ApplicantKind kind) {
		MoveInCase c = MoveInCase.open(7, 1, 2, "3-2-1502",
				new MoveInCase.Applicant(kind, 10, "王建国", null, kind == ApplicantKind.PROXY ? "赵受托" : null),
				NOW.minusSeconds(86400 * 3), "agent");
		c.saved();
		return c;
	}

	static MoveInCase papersIn(ApplicantKind kind) {
		MoveInCase c = opened(kind);
		long doc = 1;
		for (DocumentType t : DocumentRequirements.required(kind)) {
			c.attach(t, doc++, NOW);
		}
		c.saved();
		return c;
	}

	static MoveInCase inState(MoveInStatus status) {
		MoveInCase c = papersIn(ApplicantKind.OWNER);
		switch (status) {
			case OPENED -> {
			}
			case IN_PROGRESS -> c.checkDocuments(NOW);
			case COMPLETED -> {
				everything(c);
				c.complete(TODAY, true, TODAY.minusDays(3), TODAY, NOW);
			}
			case CANCELLED -> c.cancel("改期", NOW);
		}
		c.saved();
		return c;
	}

	/** Every step the completion needs. */
	static void everything(MoveInCase c) {
		if (c.status() == MoveInStatus.OPENED) {
			c.checkDocuments(NOW);
		}
		TAKE.get(MoveInAction.REGISTER).accept(c);
		TAKE.get(MoveInAction.SIGN_AGREEMENTS).accept(c);
		TAKE.get(MoveInAction.HAND_OUT).accept(c);
		TAKE.get(MoveInAction.SETTLE_FEES).accept(c);
		TAKE.get(MoveInAction.ACCEPT).accept(c);
	}

	@Test
	void everyStepFromEveryState() {
		for (MoveInStatus from : MoveInStatus.values()) {
			for (MoveInAction step : TAKE.keySet()) {
				MoveInCase c = inState(from);
				if (step == MoveInAction.COMPLETE && from == MoveInStatus.IN_PROGRESS) {
					everything(c);
					c.saved();
				}
				if (step == MoveInAction.END_CUSTODY && from == MoveInStatus.IN_PROGRESS) {
					c.custody(6, NOW);
					c.saved();
				}
				if (LEGAL.get(step).contains(from)) {
					TAKE.get(step).accept(c);
					assertThat(c.status()).as(step + " from " + from).isEqualTo(landing(step, from));
					assertThat(c.steps()).as(step + " from " + from).hasSize(1);
					assertThat(c.steps().get(0).action()).isEqualTo(step);
					assertThat(c.events()).as(step + " from " + from).hasSize(1);
				}
				else {
					assertThatThrownBy(() -> TAKE.get(step).accept(c)).as(step + " from " + from)
						.isInstanceOf(RuleViolationException.class)
						.satisfies(ex -> {
							RuleViolationException r = (RuleViolationException) ex;
							assertThat(r.code()).isEqualTo("movein.illegal");
							assertThat(((DefaultMessageSourceResolvable) r.args()[0]).getCode())
								.isEqualTo(step.messageKey());
							assertThat(((DefaultMessageSourceResolvable) r.args()[1]).getCode())
								.isEqualTo(from.messageKey());
						});
					assertThat(c.status()).isEqualTo(from);
					assertThat(c.steps()).isEmpty();
					assertThat(c.events()).isEmpty();
				}
			}
		}
	}

	/** R8.1: the papers of each applicant kind, refused naming what is missing. */
	@Test
	void thePapersDependOnTheApplicantKind() {
		assertThat(DocumentRequirements.required(ApplicantKind.OWNER)).containsExactly(DocumentType.ID_COPY,
				DocumentType.MOVE_IN_NOTICE, DocumentType.PURCHASE_CONTRACT);
		assertThat(DocumentRequirements.required(ApplicantKind.PROXY)).containsExactly(DocumentType.ID_COPY,
				DocumentType.MOVE_IN_NOTICE, DocumentType.PURCHASE_CONTRACT, DocumentType.AUTHORIZATION,
				DocumentType.PROXY_ID_COPY);
		assertThat(DocumentRequirements.required(ApplicantKind.COMPANY)).containsExactly(DocumentType.ID_COPY,
				DocumentType.MOVE_IN_NOTICE, DocumentType.PURCHASE_CONTRACT, DocumentType.COMPANY_PROOF);

		MoveInCase proxy = opened(ApplicantKind.PROXY);
		proxy.attach(DocumentType.ID_COPY, 1, NOW);
		proxy.attach(DocumentType.MOVE_IN_NOTICE, 2, NOW);
		proxy.attach(DocumentType.PURCHASE_CONTRACT, 3, NOW);
		proxy.attach(DocumentType.PROXY_ID_COPY, 4, NOW);
		proxy.saved();
		assertThatThrownBy(() -> proxy.checkDocuments(NOW)).isInstanceOf(RuleViolationException.class).satisfies(ex -> {
			RuleViolationException r = (RuleViolationException) ex;
			assertThat(r.code()).isEqualTo("movein.documents.missing.1");
			assertThat(((DefaultMessageSourceResolvable) r.args()[0]).getCode())
				.isEqualTo(DocumentType.AUTHORIZATION.messageKey());
		});
		assertThat(proxy.status()).isEqualTo(MoveInStatus.OPENED);
		proxy.attach(DocumentType.AUTHORIZATION, 5, NOW);
		proxy.checkDocuments(NOW);
		assertThat(proxy.status()).isEqualTo(MoveInStatus.IN_PROGRESS);

		MoveInCase company = papersIn(ApplicantKind.OWNER);
		assertThat(DocumentRequirements.missing(ApplicantKind.COMPANY, company.documents().values()))
			.containsExactly(DocumentType.COMPANY_PROOF);
	}

	@Test
	void everyAgreementIsSignedOrNoneIsRecorded() {
		MoveInCase c = inState(MoveInStatus.IN_PROGRESS);
		assertThatThrownBy(() -> c.signAgreements(Set.of(Agreement.PROPERTY_SERVICE), NOW))
			.isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("code", "movein.agreements.unsigned.2");
		assertThat(c.agreements()).isNull();
	}

	/** R8.2: an open bill is paid first, or deferred with a reason. */
	@Test
	void feesAreSettledOnlyWhenNothingIsOwed() {
		MoveInCase c = inState(MoveInStatus.IN_PROGRESS);
		assertThatThrownBy(() -> c.settleFees(Money.of("1250.00"), NOW)).isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("code", "movein.fees.owed");
		assertThat(c.fees()).isNull();
		c.deferFees("开发商承担", NOW);
		assertThat(c.fees().deferredReason()).isEqualTo("开发商承担");
		assertThat(c.allows(MoveInAction.SETTLE_FEES)).isFalse();
	}

	/** The unit is handed over only when nothing is missing, on a day in range. */
	@Test
	void completesOnlyWhenNothingIsMissing() {
		MoveInCase c = inState(MoveInStatus.IN_PROGRESS);
		c.register(new MoveInCase.Registration("李红", "13800138000", null, null, NOW), NOW);
		c.saved();
		assertThatThrownBy(() -> c.complete(TODAY, true, TODAY, TODAY, NOW)).isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("code", "movein.incomplete.4");
		assertThat(c.missing()).containsExactly("movein.todo.SIGN_AGREEMENTS", "movein.todo.HAND_OUT",
				"movein.todo.FEES", "movein.todo.ACCEPT");
		assertThat(c.completion()).isNull();

		MoveInCase full = inState(MoveInStatus.IN_PROGRESS);
		everything(full);
		assertThatThrownBy(() -> full.complete(TODAY.plusDays(1), true, TODAY, TODAY, NOW))
			.hasFieldOrPropertyWithValue("code", "movein.handoverDate.range");
		assertThatThrownBy(() -> full.complete(TODAY.minusDays(1), true, TODAY, TODAY, NOW))
			.hasFieldOrPropertyWithValue("code", "movein.handoverDate.range");
		full.complete(TODAY, false, TODAY, TODAY, NOW);
		assertThat(full.completion().state()).isEqualTo(UnitState.VACANT);
	}

	@Test
	void aCustodialUnitIsHandedOverIntoCustody() {
		MoveInCase c = inState(MoveInStatus.IN_PROGRESS);
		everything(c);
		c.custody(3, NOW);
		c.complete(TODAY, true, TODAY, TODAY, NOW);
		assertThat(c.completion().state()).isEqualTo(UnitState.CUSTODIAL);
	}

	/**
	 * R8.4: the agreement signed during the case ended before the handover — the unit is
	 * handed over as if none was signed, and another may be signed; only the case's own
	 * agreement undoes its step.
	 */
	@Test
	void anEndedCustodyIsNoLongerTheCasesStep() {
		MoveInCase c = inState(MoveInStatus.IN_PROGRESS);
		everything(c);
		assertThat(c.possibleSteps()).contains(MoveInAction.CUSTODY).doesNotContain(MoveInAction.END_CUSTODY);
		assertThatThrownBy(() -> c.custodyEnded(3, NOW)).hasFieldOrPropertyWithValue("code", "movein.alreadyDone");
		c.custody(3, NOW);
		c.saved();
		assertThat(c.possibleSteps()).doesNotContain(MoveInAction.CUSTODY);
		assertThatThrownBy(() -> c.custodyEnded(4, NOW)).hasFieldOrPropertyWithValue("code",
				"movein.custody.notTheCases");
		assertThat(c.custodyId()).isEqualTo(3);
		c.custodyEnded(3, NOW);
		assertThat(c.custodyId()).isNull();
		assertThat(c.steps()).extracting(MoveInCase.Step::action).containsExactly(MoveInAction.END_CUSTODY);
		assertThat(c.possibleSteps()).contains(MoveInAction.CUSTODY);
		c.complete(TODAY, true, TODAY, TODAY, NOW);
		assertThat(c.completion().state()).isEqualTo(UnitState.OCCUPIED);
	}

	@Test
	void aStepIsTakenOnce() {
		MoveInCase c = inState(MoveInStatus.IN_PROGRESS);
		c.noteRequests("车位租赁", NOW);
		TAKE.get(MoveInAction.REGISTER).accept(c);
		c.saved();
		assertThatThrownBy(() -> TAKE.get(MoveInAction.REGISTER).accept(c)).hasFieldOrPropertyWithValue("code",
				"movein.alreadyDone");
		assertThat(c.possibleSteps()).doesNotContain(MoveInAction.REGISTER).contains(MoveInAction.HAND_OUT);
	}

}
