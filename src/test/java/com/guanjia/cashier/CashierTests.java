package com.guanjia.cashier;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.guanjia.billing.BillingRuns;
import com.guanjia.billing.Ledger;
import com.guanjia.billing.LedgerViews.Line;
import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.Money;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** R6.3, R6.5, R6.6: payments, receipts, voids, deposits and the daily close. */
@GuanjiaTest
class CashierTests {

	@Autowired
	Cashier cashier;

	@Autowired
	DailyCloses closes;

	@Autowired
	Deposits deposits;

	@Autowired
	BillingRuns runs;

	@Autowired
	Ledger ledger;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	long community;

	long building;

	StaffUser finance;

	StaffUser teller;

	UnitView unit;

	@BeforeEach
	void setUp() {
		community = fixtures.community("收银小区").id();
		building = fixtures.building(community, "8").id();
		finance = fixtures.staff(Role.FINANCE, community);
		teller = fixtures.staff(Role.CASHIER, community);
		// 89.50 m² at the contracted 1.50 ¥: 134.25 a month
		unit = fees.unit(community, building, "801", "89.50", UnitState.OCCUPIED, LocalDate.of(2020, 6, 17));
		bill(YearMonth.of(2026, 10));
		bill(YearMonth.of(2026, 11));
	}

	void bill(YearMonth month) {
		as(finance, () -> runs.commit(runs.preview(community, month, 1).run().id()));
	}

	List<Long> open(UnitView u) {
		return as(teller, () -> ledger.lines(u.id(), true)).stream().map(Line::id).toList();
	}

	ReceiptView payCash(StaffUser who, UnitView u, List<Long> lines, String tendered, String key) {
		return as(who, () -> cashier
			.pay(new PaymentCommand(u.id(), lines, PaymentMethod.CASH, new BigDecimal(tendered), null, null, key)));
	}

	@Test
	void r6_3_paysTwoMonthsInCashWithChangeAndIssuesReceiptOne() {
		// 134.25 × 2 = 268.50; 300.00 tendered; change 31.50
		ReceiptView receipt = payCash(teller, unit, open(unit), "300", "k-" + UUID.randomUUID());
		assertThat(receipt.amount()).isEqualTo(Money.of("268.50"));
		assertThat(receipt.change()).isEqualTo(Money.of("31.50"));
		assertThat(receipt.number()).isEqualTo("2026-000001");
		assertThat(receipt.items()).hasSize(2);
		assertThat(open(unit)).isEmpty();
		assertThat(as(teller, () -> ledger.balance(unit.id())).balance()).isEqualTo(Money.ZERO);
		// too little cash: refused, nothing saved, the number not used up
		UnitView other = fees.unit(community, building, "802", "100.00", UnitState.OCCUPIED, LocalDate.of(2020, 1, 1));
		bill(YearMonth.of(2026, 12));
		assertThatThrownBy(() -> payCash(teller, other, open(other), "10", "k-" + UUID.randomUUID()))
			.isInstanceOf(ValidationException.class);
		assertThat(payCash(teller, other, open(other), "1000", "k-" + UUID.randomUUID()).number())
			.isEqualTo("2026-000002");
	}

	@Test
	void r6_3_aRetryWithTheSameKeyReturnsTheFirstResult() {
		String key = "double-click-" + UUID.randomUUID();
		List<Long> lines = open(unit);
		ReceiptView first = payCash(teller, unit, lines, "300", key);
		ReceiptView retry = payCash(teller, unit, lines, "300", key);
		assertThat(retry.id()).isEqualTo(first.id());
		assertThat(retry.number()).isEqualTo(first.number());
		assertThat(as(teller, () -> ledger.entries(unit.id())).stream()
			.filter(e -> e.kind() == com.guanjia.billing.EntryKind.PAYMENT)).hasSize(2);
	}

	@Test
	void r6_3_twoCashiersPayingTheSameBillAtOnceOneWinsTheOtherIsTold() throws Exception {
		StaffUser second = fixtures.staff(Role.CASHIER, community);
		List<Long> lines = open(unit);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<ReceiptView>> results = new ArrayList<>();
		for (StaffUser who : List.of(teller, second)) {
			results.add(pool.submit(() -> {
				start.await();
				return payCash(who, unit, lines, "300", "race-" + UUID.randomUUID());
			}));
		}
		start.countDown();
		int won = 0;
		List<Throwable> lost = new ArrayList<>();
		for (Future<ReceiptView> f : results) {
			try {
				f.get();
				won++;
			}
			catch (java.util.concurrent.ExecutionException ex) {
				lost.add(ex.getCause());
			}
		}
		pool.shutdown();
		assertThat(won).isEqualTo(1);
		assertThat(lost).singleElement()
			.isInstanceOf(ConflictException.class)
			.satisfies(ex -> assertThat(((ConflictException) ex).code()).isEqualTo("payment.alreadyPaid"));
		// charged once: 268.50 paid, nothing owed, no credit
		var balance = as(teller, () -> ledger.balance(unit.id()));
		assertThat(balance.balance()).isEqualTo(Money.ZERO);
		assertThat(balance.credit()).isEqualTo(Money.ZERO);
	}

	@Test
	void r6_3_receiptNumbersHaveNoGapsUnderConcurrentCashiers() throws Exception {
		List<StaffUser> cashiers = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			cashiers.add(fixtures.staff(Role.CASHIER, community));
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> futures = new ArrayList<>();
		List<String> numbers = Collections.synchronizedList(new ArrayList<>());
		for (int c = 0; c < 8; c++) {
			StaffUser who = cashiers.get(c);
			int index = c;
			futures.add(pool.submit((Callable<Void>) () -> {
				start.await();
				for (int i = 0; i < 5; i++) {
					// every third attempt fails after taking a number (tendered too
					// little): rolled back
					boolean fail = (index + i) % 3 == 0;
					try {
						ReceiptView r = as(who,
								() -> cashier.pay(new PaymentCommand(unit.id(), List.of(), PaymentMethod.CASH,
										new BigDecimal(fail ? "1" : "20"), new BigDecimal("10.00"), null,
										UUID.randomUUID().toString())));
						numbers.add(r.number());
					}
					catch (ValidationException expected) {
					}
				}
				return null;
			}));
		}
		start.countDown();
		for (Future<?> f : futures) {
			f.get();
		}
		pool.shutdown();
		List<String> expected = new ArrayList<>();
		for (int n = 1; n <= numbers.size(); n++) {
			expected.add(ReceiptView.format(2026, n));
		}
		assertThat(numbers).hasSizeBetween(20, 39).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void r6_6_aClosedDayRejectsChangesAndFinanceConfirms() {
		ReceiptView r = payCash(teller, unit, open(unit).subList(0, 1), "200", "c-" + UUID.randomUUID());
		DailyCloseView today = as(teller, () -> closes.today(community));
		assertThat(today.isClosed()).isFalse();
		assertThat(today.cash()).isEqualTo(Money.of("134.25"));
		DailyCloseView closed = as(teller, () -> closes.close(community,
				new CloseCommand(DailyCloseView.HandedTo.FINANCE, 1, "No.00012345", null)));
		assertThat(closed.receipts()).isEqualTo(1);
		assertThat(closed.firstReceipt()).isEqualTo(r.number()).isEqualTo(closed.lastReceipt());
		assertThat(closed.total()).isEqualTo(Money.of("134.25"));
		// once closed, nothing of that day changes
		assertThatThrownBy(() -> payCash(teller, unit, open(unit), "200", "c-" + UUID.randomUUID()))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> as(teller, () -> cashier.requestVoid(r.id(), "写错")))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> as(teller,
				() -> closes.close(community, new CloseCommand(DailyCloseView.HandedTo.BANK, 0, null, null))))
			.isInstanceOf(ConflictException.class);
		// the cashier cannot confirm their own close; finance can
		assertThatThrownBy(() -> as(teller, () -> closes.confirm(closed.id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(as(finance, () -> closes.confirm(closed.id())).confirmedBy()).isEqualTo(finance.getUsername());
	}

	@Test
	void r6_6_aVoidNeedsASupervisorAndKeepsTheNumber() {
		ReceiptView r = payCash(teller, unit, open(unit), "300", "v-" + UUID.randomUUID());
		assertThatThrownBy(() -> as(teller, () -> cashier.approveVoid(r.id())))
			.isInstanceOf(AccessDeniedException.class);
		as(teller, () -> cashier.requestVoid(r.id(), "收错房号"));
		StaffUser supervisor = fixtures.staff(Role.SUPERVISOR, community);
		ReceiptView voided = as(supervisor, () -> cashier.approveVoid(r.id()));
		assertThat(voided.isVoid()).isTrue();
		assertThat(voided.number()).isEqualTo(r.number());
		// the bills are open again, and the next receipt takes the next number
		assertThat(open(unit)).hasSize(2);
		assertThat(payCash(teller, unit, open(unit), "300", "v-" + UUID.randomUUID()).number())
			.isEqualTo(ReceiptView.format(2026, 2));
		DailyCloseView day = as(teller, () -> closes.today(community));
		assertThat(day.voids()).isEqualTo(1);
		assertThat(day.total()).isEqualTo(Money.of("268.50"));
	}

	@Test
	void r6_5_depositsAreTakenAndRefundedOnlyAfterApproval() {
		DepositView d = as(teller, () -> deposits.request(unit.id(), "装修押金", new BigDecimal("2000")));
		assertThatThrownBy(() -> as(teller, () -> deposits.take(d.id(), PaymentMethod.TRANSFER, BigDecimal.ZERO, "d1")))
			.isInstanceOf(RuleViolationException.class);
		StaffUser supervisor = fixtures.staff(Role.SUPERVISOR, community);
		as(supervisor, () -> deposits.approve(d.id()));
		ReceiptView receipt = as(teller,
				() -> deposits.take(d.id(), PaymentMethod.TRANSFER, BigDecimal.ZERO, "dep-" + UUID.randomUUID()));
		assertThat(receipt.amount()).isEqualTo(Money.of("2000.00"));
		as(teller, () -> deposits.requestRefund(d.id(), "装修验收合格"));
		assertThatThrownBy(() -> as(teller, () -> deposits.approveRefund(d.id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(as(supervisor, () -> deposits.approveRefund(d.id())).status())
			.isEqualTo(DepositView.Status.REFUNDED);
	}

	@Test
	void aCashierOfAnotherCommunitySeesNothingHere() {
		ReceiptView r = payCash(teller, unit, open(unit), "300", "x-" + UUID.randomUUID());
		long elsewhere = fixtures.community("别处").id();
		StaffUser stranger = fixtures.staff(Role.CASHIER, elsewhere);
		assertThatThrownBy(() -> as(stranger, () -> cashier.receipt(r.id())))
			.isInstanceOf(com.guanjia.shared.NotFoundException.class);
		assertThatThrownBy(() -> payCash(stranger, unit, List.of(1L), "1", "s-" + UUID.randomUUID()))
			.isInstanceOf(com.guanjia.shared.NotFoundException.class);
		assertThatThrownBy(() -> as(stranger, () -> ledger.lines(unit.id(), false)))
			.isInstanceOf(com.guanjia.shared.NotFoundException.class);
		assertThatThrownBy(() -> as(stranger, () -> closes.today(community))).isInstanceOf(AccessDeniedException.class);
	}

}
