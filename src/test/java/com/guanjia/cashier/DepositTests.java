package com.guanjia.cashier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;

import com.guanjia.cashier.CashierEvents.DepositHeld;
import com.guanjia.cashier.CashierEvents.DepositRefunded;
import com.guanjia.cashier.DepositView.Status;
import com.guanjia.cashier.DepositView.Step;
import com.guanjia.shared.FieldProblem;
import com.guanjia.shared.Money;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSourceResolvable;

/**
 * R6.5: a deposit's steps, checked against a table written here by hand (not read from
 * the code), and its four eyes. Issue 10 item 9, seed 004: a deposit is taken without
 * approval ("收取各類押金或保證金並如實開具發票和收款收據"); its refund is approved by finance
 * ("根據會計通知，完全履行簽字程序後") and then paid out by a cashier. Plain JUnit, no Spring.
 */
class DepositTests {

	static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

	static final LocalDate DAY = LocalDate.of(2026, 11, 30);

	/** The legal steps from each state, and where each leads. */
	static final Map<Status, Map<Step, Status>> LEGAL = Map.of(Status.REQUESTED, Map.of(Step.TAKE, Status.HELD),
			Status.APPROVED, Map.of(Step.TAKE, Status.HELD), Status.HELD,
			Map.of(Step.REQUEST_REFUND, Status.REFUND_REQUESTED), Status.REFUND_REQUESTED,
			Map.of(Step.APPROVE_REFUND, Status.REFUND_APPROVED), Status.REFUND_APPROVED,
			Map.of(Step.PAY_REFUND, Status.REFUNDED), Status.REFUNDED, Map.of());

	static Deposit in(Status status) {
		boolean refundAsked = EnumSet.of(Status.REFUND_REQUESTED, Status.REFUND_APPROVED, Status.REFUNDED)
			.contains(status);
		boolean approved = status == Status.REFUND_APPROVED || status == Status.REFUNDED;
		return Deposit.restore(new Deposit.Stored(7, 1, 2, "装修押金", Money.of("2000.00"), status, "teller", NOW,
				status == Status.APPROVED ? "supervisor" : null,
				EnumSet.of(Status.HELD, Status.REFUND_REQUESTED, Status.REFUND_APPROVED, Status.REFUNDED)
					.contains(status) ? 99L : null,
				refundAsked ? "验收合格" : null, refundAsked ? "teller" : null, approved ? "accountant" : null,
				status == Status.REFUNDED ? NOW : null, status == Status.REFUNDED ? PaymentMethod.CASH : null,
				status == Status.REFUNDED ? "teller" : null, status == Status.REFUNDED ? DAY : null, 3));
	}

	static void take(Deposit d, Step step) {
		switch (step) {
			case TAKE -> d.take(99);
			case REQUEST_REFUND -> d.requestRefund("验收合格", "teller");
			case APPROVE_REFUND -> d.approveRefund("accountant");
			case PAY_REFUND -> d.payRefund(PaymentMethod.CASH, "teller", DAY, NOW);
		}
	}

	@Test
	void everyStepFromEveryStateFollowsTheHandWrittenTable() {
		for (Status status : Status.values()) {
			for (Step step : Step.values()) {
				Deposit d = in(status);
				Status expected = LEGAL.get(status).get(step);
				assertThat(d.toView().allows(step)).as(status + " allows " + step).isEqualTo(expected != null);
				if (expected != null) {
					take(d, step);
					assertThat(d.status()).as(status + " " + step).isEqualTo(expected);
				}
				else {
					assertThatThrownBy(() -> take(d, step)).as(status + " " + step)
						.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
							assertThat(ex.code()).isEqualTo("deposit.state");
							assertThat(((MessageSourceResolvable) ex.args()[0]).getCodes())
								.containsExactly("deposit.step." + step);
							assertThat(((MessageSourceResolvable) ex.args()[1]).getCodes())
								.containsExactly("deposit.status." + status);
						});
					assertThat(d.status()).isEqualTo(status);
				}
			}
		}
	}

	@Test
	void nobodyApprovesTheRefundTheyAskedFor() {
		Deposit refund = in(Status.REFUND_REQUESTED);
		assertThatThrownBy(() -> refund.approveRefund("teller")).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.code()).isEqualTo("deposit.refundSecondPerson"));
		assertThat(refund.status()).isEqualTo(Status.REFUND_REQUESTED);
		assertThat(refund.events()).isEmpty();
	}

	@Test
	void takingAndPayingTheRefundRaiseTheirEvents() {
		Deposit registered = in(Status.REQUESTED);
		registered.take(42);
		assertThat(registered.paymentId()).isEqualTo(42L);
		assertThat(registered.events()).containsExactly(new DepositHeld(1, 7, 2, 42, new BigDecimal("2000.00")));
		Deposit approved = in(Status.REFUND_APPROVED);
		approved.payRefund(PaymentMethod.CASH, "teller", DAY, NOW);
		assertThat(approved.stored().refundedAt()).isEqualTo(NOW);
		assertThat(approved.toView().refundMethod()).isEqualTo(PaymentMethod.CASH);
		assertThat(approved.toView().refundDay()).isEqualTo(DAY);
		assertThat(approved.events())
			.containsExactly(new DepositRefunded(1, 7, 2, new BigDecimal("2000.00"), "accountant"));
		// asking and approving raise nothing
		Deposit asked = in(Status.REFUND_REQUESTED);
		asked.approveRefund("accountant");
		assertThat(asked.events()).isEmpty();
	}

	@Test
	void aRequestNeedsAPurposeAndAPositiveAmountInFen() {
		assertThat(Deposit.request(1, 2, " 车位押金 ", new BigDecimal("500"), "teller", NOW).toView()).satisfies(v -> {
			assertThat(v.purpose()).isEqualTo("车位押金");
			assertThat(v.status()).isEqualTo(Status.REQUESTED);
			assertThat(v.amount()).isEqualTo(Money.of("500.00"));
		});
		for (BigDecimal bad : new BigDecimal[] { null, BigDecimal.ZERO, new BigDecimal("-1"),
				new BigDecimal("1.234") }) {
			assertThatThrownBy(() -> Deposit.request(1, 2, "押金", bad, "teller", NOW)).isInstanceOfSatisfying(
					ValidationException.class,
					ex -> assertThat(ex.problems()).anySatisfy(p -> assertThat(p.field()).isEqualTo("amount")));
		}
		assertThatThrownBy(() -> in(Status.HELD).requestRefund(" ", "teller")).isInstanceOf(ValidationException.class);
	}

	/**
	 * R6.5, R9.7: the refund may keep back a deduction of at most the deposit, with its
	 * own reason; without a deduction no deduction reason is kept. 2000.00 held: keeping
	 * 2000.00 is allowed, 2000.01 or a negative amount is not.
	 */
	@Test
	void aRefundKeepsBackAtMostTheDepositWithItsReason() {
		Deposit all = in(Status.HELD);
		all.requestRefund(" 损坏楼道 ", Money.of("2000.00"), " 墙面修复 ", "teller");
		assertThat(all.toView().deduction()).isEqualTo(Money.of("2000.00"));
		assertThat(all.toView().deductionReason()).isEqualTo("墙面修复");
		assertThat(all.toView().refundReason()).isEqualTo("损坏楼道");
		assertThat(all.toView().refundRequestedBy()).isEqualTo("teller");
		assertThat(all.toView().status()).isEqualTo(Status.REFUND_REQUESTED);
		for (String bad : new String[] { "2000.01", "-0.01" }) {
			Deposit d = in(Status.HELD);
			assertThatThrownBy(() -> d.requestRefund("验收合格", Money.of(bad), "墙面修复", "teller")).isInstanceOfSatisfying(
					ValidationException.class,
					e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("deduction"));
			assertThat(d.toView().status()).isEqualTo(Status.HELD);
		}
		Deposit noReason = in(Status.HELD);
		assertThatThrownBy(() -> noReason.requestRefund("验收合格", Money.of("100.00"), " ", "teller"))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("deductionReason"));
		Deposit none = in(Status.HELD);
		none.requestRefund("验收合格", Money.ZERO, "忽略", "teller");
		assertThat(none.toView().deductionReason()).isNull();
	}

	/**
	 * R6.5: the money is taken only for a deposit that waits for it; each saved step
	 * moves the stored version on (a second cashier's stale step is refused).
	 */
	@Test
	void theMoneyIsTakenOnlyOnceAndEachSaveMovesTheVersionOn() {
		Deposit requested = in(Status.REQUESTED);
		requested.requireTakeable();
		assertThatThrownBy(() -> in(Status.HELD).requireTakeable()).isInstanceOf(RuleViolationException.class);
		assertThat(requested.version()).isEqualTo(3);
		requested.take(99);
		requested.saved();
		assertThat(requested.version()).isEqualTo(4);
		assertThat(requested.toView().version()).isEqualTo(4);
		assertThat(requested.id()).isEqualTo(7);
		assertThat(requested.communityId()).isEqualTo(1);
		assertThat(requested.unitId()).isEqualTo(2);
	}

}
