package com.guanjia.cashier;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.guanjia.access.StaffCommand;
import com.guanjia.access.StaffManagement;
import com.guanjia.access.StaffView;
import com.guanjia.billing.BillingRuns;
import com.guanjia.billing.BillingSettings;
import com.guanjia.billing.ChargeStandards;
import com.guanjia.billing.EntryKind;
import com.guanjia.billing.Ledger;
import com.guanjia.billing.LedgerViews.Line;
import com.guanjia.cashier.DepositView.Status;
import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.shared.Money;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 9 item 9, issue 15 item 1: every four-eyes rule of the money side holds for
 * someone whose roles allow both halves — an administrator, and a cashier who also works
 * for finance. Each refusal carries its duty's code and leaves the record as it was when
 * read again (R6.3–R6.6).
 */
@GuanjiaTest
class CashierFourEyesTests {

	@Autowired
	Cashier cashier;

	@Autowired
	Deposits deposits;

	@Autowired
	DailyCloses closes;

	@Autowired
	Ledger ledger;

	@Autowired
	BillingRuns runs;

	@Autowired
	ChargeStandards standards;

	@Autowired
	StaffManagement staff;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	long community;

	UnitView unit;

	StaffUser admin;

	StaffUser supervisor;

	@BeforeEach
	void setUp() {
		community = fixtures.community("四眼小区").id();
		long building = fixtures.building(community, "4").id();
		unit = fees.unit(community, building, "401", "89.50", UnitState.OCCUPIED, LocalDate.of(2020, 6, 17));
		admin = fixtures.staff(Role.ADMIN, community);
		supervisor = fixtures.staff(Role.SUPERVISOR, community);
		as(admin, () -> runs.commit(runs.preview(community, YearMonth.of(2026, 11), 1).run().id()));
	}

	List<Long> open() {
		return as(admin, () -> ledger.lines(unit.id(), true)).stream().map(Line::id).toList();
	}

	/**
	 * Issue 10 item 9, seed 004 "根據管理科目、收樓清單，收取各類押金或保證金並如實開具發票和收款收據": taking a deposit
	 * needs no approval; its refund is approved by finance ("根據會計通知，完全履行簽字程序後"), never by
	 * the one who asked for it — an administrator included — and never by a supervisor.
	 */
	@Test
	void aDepositIsTakenWithoutApproval_itsRefundOnlyByFinanceAndNeverByWhoAskedForIt() {
		StaffUser teller = fixtures.staff(Role.CASHIER, community);
		StaffUser accountant = fixtures.staff(Role.FINANCE, community);
		DepositView d = as(teller, () -> deposits.request(unit.id(), "车位押金", new BigDecimal("500")));
		assertThat(d.status()).isEqualTo(Status.REQUESTED);
		as(teller, () -> deposits.take(d.id(), PaymentMethod.CASH, new BigDecimal("500"), "fr-" + UUID.randomUUID()));
		assertThat(as(teller, () -> deposits.get(d.id())).status()).isEqualTo(Status.HELD);
		as(admin, () -> deposits.requestRefund(d.id(), "车位退租"));
		int version = as(admin, () -> deposits.get(d.id())).version();
		assertThatThrownBy(() -> as(admin, () -> deposits.approveRefund(d.id()))).isInstanceOfSatisfying(
				RuleViolationException.class, ex -> assertThat(ex.code()).isEqualTo("deposit.refundSecondPerson"));
		assertThatThrownBy(() -> as(supervisor, () -> deposits.approveRefund(d.id())))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		DepositView reread = as(admin, () -> deposits.get(d.id()));
		assertThat(reread.status()).isEqualTo(Status.REFUND_REQUESTED);
		assertThat(reread.refundApprovedBy()).isNull();
		assertThat(reread.version()).isEqualTo(version);
		assertThat(as(accountant, () -> deposits.approveRefund(d.id())).status()).isEqualTo(Status.REFUND_APPROVED);
		assertThat(as(teller, () -> deposits.payRefund(d.id(), PaymentMethod.CASH)).status())
			.isEqualTo(Status.REFUNDED);
	}

	@Test
	void anAdministratorCannotApproveTheVoidTheyAskedFor() {
		ReceiptView r = as(admin, () -> cashier.pay(new PaymentCommand(unit.id(), open(), PaymentMethod.TRANSFER, null,
				null, "BANK-7", "fv-" + UUID.randomUUID())));
		as(admin, () -> cashier.requestVoid(r.id(), "收错房号"));
		assertThatThrownBy(() -> as(admin, () -> cashier.approveVoid(r.id()))).isInstanceOfSatisfying(
				RuleViolationException.class, ex -> assertThat(ex.code()).isEqualTo("receipt.voidSecondPerson"));
		ReceiptView reread = as(admin, () -> cashier.receipt(r.id()));
		assertThat(reread.voidStatus()).isEqualTo(VoidStatus.PENDING);
		assertThat(open()).isEmpty();
	}

	@Test
	void anAdministratorCannotConfirmTheirOwnClose() {
		as(admin, () -> cashier.pay(new PaymentCommand(unit.id(), open(), PaymentMethod.CARD, null, null, null,
				"fc-" + UUID.randomUUID())));
		DailyCloseView closed = as(admin,
				() -> closes.close(community, new CloseCommand(DailyCloseView.HandedTo.FINANCE, null)));
		assertThatThrownBy(() -> as(admin, () -> closes.confirm(closed.id()))).isInstanceOfSatisfying(
				RuleViolationException.class, ex -> assertThat(ex.code()).isEqualTo("cashier.confirmOwnClose"));
		DailyCloseView reread = as(admin, () -> closes.get(closed.id()));
		assertThat(reread.confirmedBy()).isNull();
		assertThat(reread.confirmedAt()).isNull();
		StaffUser finance = fixtures.staff(Role.FINANCE, community);
		assertThat(as(finance, () -> closes.confirm(closed.id())).confirmedBy()).isEqualTo(finance.getUsername());
	}

	/** Issue 9 item 9 as found: a cashier who also has the finance role. */
	@Test
	void aCashierWithTheFinanceRoleCannotConfirmTheirOwnClose() {
		StaffUser both = staffWith(Role.CASHIER, Role.FINANCE);
		as(both, () -> cashier.pay(new PaymentCommand(unit.id(), open(), PaymentMethod.CASH, new BigDecimal("200"),
				null, null, "fb-" + UUID.randomUUID())));
		DailyCloseView closed = as(both,
				() -> closes.close(community, new CloseCommand(DailyCloseView.HandedTo.BANK, null)));
		assertThat(closed.total()).isEqualTo(Money.of("134.25"));
		assertThatThrownBy(() -> as(both, () -> closes.confirm(closed.id()))).isInstanceOfSatisfying(
				RuleViolationException.class, ex -> assertThat(ex.code()).isEqualTo("cashier.confirmOwnClose"));
		assertThat(as(both, () -> closes.get(closed.id())).confirmedBy()).isNull();
		assertThat(as(both, () -> closes.recent(community))).singleElement()
			.satisfies(c -> assertThat(c.confirmableBy(both.getUsername())).isFalse());
	}

	@Test
	void anAdministratorCannotApproveTheReversalTheyAskedFor() {
		as(admin, () -> standards.changeSettings(community, new BillingSettings(java.math.RoundingMode.HALF_UP,
				new BigDecimal("70"), 15, BillingSettings.LateFeeBasis.OFF, BigDecimal.ZERO, Money.of("100.00"))));
		var charge = as(admin, () -> ledger.entries(unit.id())).stream()
			.filter(e -> e.kind() == EntryKind.CHARGE)
			.findFirst()
			.orElseThrow();
		var request = as(admin, () -> ledger.requestReversal(charge.id(), "面积录错"));
		assertThat(request.status()).isEqualTo("PENDING");
		assertThatThrownBy(() -> as(admin, () -> ledger.approveReversal(request.id()))).isInstanceOfSatisfying(
				RuleViolationException.class, ex -> assertThat(ex.code()).isEqualTo("reversal.secondPerson"));
		assertThat(as(admin, () -> ledger.pendingReversals(community))).singleElement().satisfies(r -> {
			assertThat(r.id()).isEqualTo(request.id());
			assertThat(r.status()).isEqualTo("PENDING");
			assertThat(r.decidedBy()).isNull();
		});
		assertThat(as(admin, () -> ledger.balance(unit.id())).owed()).isEqualTo(Money.of("134.25"));
		assertThat(as(supervisor, () -> ledger.approveReversal(request.id())).status()).isEqualTo("DONE");
		assertThat(as(admin, () -> ledger.balance(unit.id())).owed()).isEqualTo(Money.ZERO);
	}

	private StaffUser staffWith(Role... roles) {
		String username = Fixtures.unique("u");
		StaffView view = as(Fixtures.ROOT, () -> staff.create(new StaffCommand(username, "员工" + username,
				Fixtures.PASSWORD, null, Set.of(roles), List.of(new StaffCommand.AssignmentCommand(community, null)))));
		return new StaffUser(view.id(), view.username(), view.displayName(), null, view.roles(), true);
	}

}
