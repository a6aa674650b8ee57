package com.guanjia.cashier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.guanjia.cashier.CashierEvents.ReceiptVoided;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.Money;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSourceResolvable;

/**
 * R6.3, R6.6: a receipt's void is asked for once, with a reason, and approved once, by a
 * second person. Plain JUnit, no Spring.
 */
class ReceiptVoidTests {

	static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

	static ReceiptView receipt(VoidStatus voidStatus) {
		return new ReceiptView(5, 1, "2026-000005", 50, 9L, "8-1-801", PaymentMethod.CASH, Money.of("134.25"),
				Money.of("200.00"), Money.of("65.75"), Money.ZERO, null, "teller", LocalDate.of(2026, 11, 30), NOW,
				List.of(), voidStatus, voidStatus == null ? null : "收错房号", new ReceiptView.Payee("管家物业", "阳光花园"),
				List.of("张三"), "壹佰叁拾肆元贰角伍分", "王收银", null, null, false, List.of(), null);
	}

	static ReceiptVoid pending() {
		return ReceiptVoid.request(receipt(null), " 收错房号 ", "teller", NOW);
	}

	@Test
	void aVoidIsAskedForOnceWithAReason() {
		ReceiptVoid v = pending();
		assertThat(v.status()).isEqualTo(VoidStatus.PENDING);
		assertThat(v.reason()).isEqualTo("收错房号");
		assertThat(v.requestedBy()).isEqualTo("teller");
		assertThat(v.events()).isEmpty();
		assertThatThrownBy(() -> ReceiptVoid.request(receipt(null), "  ", "teller", NOW))
			.isInstanceOf(ValidationException.class);
		for (VoidStatus existing : VoidStatus.values()) {
			assertThatThrownBy(() -> ReceiptVoid.request(receipt(existing), "again", "teller", NOW))
				.isInstanceOfSatisfying(ConflictException.class,
						ex -> assertThat(ex.code()).isEqualTo("receipt.voidRequested"));
		}
	}

	@Test
	void aSecondPersonApprovesAndTheVoidIsAnnounced() {
		ReceiptVoid v = pending();
		v.approve("supervisor", NOW.plusSeconds(60));
		assertThat(v.status()).isEqualTo(VoidStatus.DONE);
		assertThat(v.approvedBy()).isEqualTo("supervisor");
		assertThat(v.approvedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(v.events()).containsExactly(new ReceiptVoided(1, 9L, 5, "2026-000005", "收错房号"));
	}

	@Test
	void theRequesterCannotApproveTheirOwnVoid() {
		ReceiptVoid v = pending();
		assertThatThrownBy(() -> v.approve("teller", NOW)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.code()).isEqualTo("receipt.voidSecondPerson"));
		assertThat(v.status()).isEqualTo(VoidStatus.PENDING);
		assertThat(v.approvedBy()).isNull();
		assertThat(v.events()).isEmpty();
	}

	@Test
	void aDoneVoidIsNotApprovedAgainAndTheRefusalNamesItsState() {
		ReceiptVoid v = ReceiptVoid.restore(receipt(VoidStatus.DONE), "收错房号", "teller", NOW, VoidStatus.DONE,
				"supervisor", NOW);
		assertThatThrownBy(() -> v.approve("manager", NOW)).isInstanceOfSatisfying(RuleViolationException.class, ex -> {
			assertThat(ex.code()).isEqualTo("receipt.voidNotPending");
			assertThat(ex.args()[0]).isEqualTo("2026-000005");
			assertThat(((MessageSourceResolvable) ex.args()[1]).getCodes()).containsExactly("receipt.voidStatus.DONE");
		});
		assertThat(v.approvedBy()).isEqualTo("supervisor");
		assertThat(v.events()).isEmpty();
	}

	@Test
	void thePageOffersExactlyTheLegalSteps() {
		assertThat(receipt(null).voidRequestable()).isTrue();
		assertThat(receipt(null).voidApprovable()).isFalse();
		assertThat(receipt(VoidStatus.PENDING).voidRequestable()).isFalse();
		assertThat(receipt(VoidStatus.PENDING).voidApprovable()).isTrue();
		assertThat(receipt(VoidStatus.DONE).voidRequestable()).isFalse();
		assertThat(receipt(VoidStatus.DONE).voidApprovable()).isFalse();
		assertThat(receipt(VoidStatus.DONE).isVoid()).isTrue();
	}

	/**
	 * R6.4: a receipt of a closed day is corrected by a red reversal on an open day, the
	 * red receipt naming this one, approved by a second person only, once.
	 */
	@Test
	void aClosedDaysReceiptIsCorrectedByARedReceiptApprovedByASecondPerson() {
		ReceiptVoid v = pending();
		assertThatThrownBy(() -> v.checkApprover("teller")).isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> v.approveAsRedReversal("teller", NOW, 77, "2026-000077"))
			.isInstanceOf(RuleViolationException.class);
		assertThat(v.status()).isEqualTo(VoidStatus.PENDING);
		assertThat(v.redReceiptId()).isNull();
		v.checkApprover("supervisor");
		v.approveAsRedReversal("supervisor", NOW.plusSeconds(60), 77, "2026-000077");
		assertThat(v.status()).isEqualTo(VoidStatus.REVERSED);
		assertThat(v.approvedBy()).isEqualTo("supervisor");
		assertThat(v.approvedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(v.redReceiptId()).isEqualTo(77L);
		assertThat(v.communityId()).isEqualTo(1);
		assertThat(v.receiptId()).isEqualTo(5);
		assertThat(v.events())
			.containsExactly(new CashierEvents.ReceiptReversed(1, 9, 5, "2026-000005", 77, "2026-000077", "收错房号"));
		assertThatThrownBy(() -> v.approveAsRedReversal("manager", NOW, 78, "2026-000078")).isInstanceOfSatisfying(
				RuleViolationException.class, ex -> assertThat(ex.code()).isEqualTo("receipt.voidNotPending"));
		assertThatThrownBy(() -> v.checkApprover("manager")).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.code()).isEqualTo("receipt.voidNotPending"));
		assertThat(v.redReceiptId()).isEqualTo(77L);
	}

}
