package com.guanjia.cashier;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
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
import com.guanjia.support.MutableClock;
import com.guanjia.support.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
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
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	MutableClock clock;

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

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
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

	/**
	 * R6.3: 8 cashiers pay 40 different units at once (so they do not queue on one bill's
	 * locks); every third payment fails after its receipt number was taken, when the
	 * payment is completed with its receipt. The issued numbers run 1…n without a gap and
	 * the failed payments leave no payment, receipt, ledger entry or used number behind.
	 */
	@Test
	void r6_3_receiptNumbersHaveNoGapsUnderConcurrentCashiers() throws Exception {
		int cashierCount = 8;
		int rounds = 5;
		List<StaffUser> cashiers = new ArrayList<>();
		for (int i = 0; i < cashierCount; i++) {
			cashiers.add(fixtures.staff(Role.CASHIER, community));
		}
		List<UnitView> payers = new ArrayList<>();
		for (int i = 0; i < cashierCount * rounds; i++) {
			payers.add(fees.unit(community, building, String.valueOf(1000 + i), "60.00", UnitState.OCCUPIED,
					LocalDate.of(2020, 1, 1)));
		}
		// December: 60.00 × 1.50 = 90.00 for each of them
		bill(YearMonth.of(2026, 12));
		// A test-only hook in the database: completing a payment marked FAIL (the update
		// that attaches its receipt, after the number was taken) fails, as a lost
		// connection or a failing constraint would.
		jdbc.sql("""
				create or replace function test_fail_marked_payment() returns trigger language plpgsql as $$
				begin
				  if new.community_id = tg_argv[0]::bigint and new.receipt_id is not null
				     and new.reference like 'FAIL-%' then
				    raise exception 'payment % failed after receipt number taken', new.id;
				  end if;
				  return new;
				end $$""").update();
		jdbc.sql("create trigger test_fail_marked_payment before update on payment for each row "
				+ "execute function test_fail_marked_payment('" + community + "')")
			.update();
		ExecutorService pool = Executors.newFixedThreadPool(cashierCount);
		List<String> numbers = Collections.synchronizedList(new ArrayList<>());
		List<UnitView> paid = Collections.synchronizedList(new ArrayList<>());
		List<UnitView> failed = Collections.synchronizedList(new ArrayList<>());
		List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
		int marked = 0;
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> futures = new ArrayList<>();
			for (int c = 0; c < cashierCount; c++) {
				StaffUser who = cashiers.get(c);
				int index = c;
				futures.add(pool.submit((Callable<Void>) () -> {
					start.await();
					for (int i = 0; i < rounds; i++) {
						UnitView u = payers.get(index * rounds + i);
						boolean fail = (index + i) % 3 == 0;
						List<Long> lines = open(u);
						String reference = fail ? "FAIL-" + u.roomNo() : null;
						try {
							ReceiptView r = as(who,
									() -> cashier.pay(new PaymentCommand(u.id(), lines, PaymentMethod.CASH,
											new BigDecimal("100"), null, reference, UUID.randomUUID().toString())));
							numbers.add(r.number());
							paid.add(u);
						}
						catch (RuntimeException ex) {
							failed.add(u);
							failures.add(ex);
						}
					}
					return null;
				}));
				for (int i = 0; i < rounds; i++) {
					marked += (c + i) % 3 == 0 ? 1 : 0;
				}
			}
			start.countDown();
			for (Future<?> f : futures) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
			jdbc.sql("drop trigger if exists test_fail_marked_payment on payment").update();
		}
		// exactly the marked payments failed, each after its number was taken
		assertThat(failed).hasSize(marked);
		assertThat(failures).hasSize(marked)
			.allSatisfy(ex -> assertThat(ex).hasStackTraceContaining("failed after receipt number taken"));
		assertThat(paid).hasSize(cashierCount * rounds - marked);
		int n = paid.size();
		List<String> expected = new ArrayList<>();
		List<Integer> oneToN = new ArrayList<>();
		for (int i = 1; i <= n; i++) {
			expected.add(ReceiptView.format(2026, i));
			oneToN.add(i);
		}
		assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
		// the book holds exactly those receipts, and the counter gave every failed number
		// back
		assertThat(jdbc.sql("select number from receipt where community_id = ? order by number")
			.param(community)
			.query(Integer.class)
			.list()).isEqualTo(oneToN);
		assertThat(jdbc.sql("select last_number from receipt_counter where community_id = ? and year = 2026")
			.param(community)
			.query(Integer.class)
			.single()).isEqualTo(n);
		assertThat(jdbc.sql("select count(*) from payment where community_id = ?")
			.param(community)
			.query(Integer.class)
			.single()).isEqualTo(n);
		// a failed unit still owes its 90.00 and has no payment entry; a paid one owes
		// nothing
		for (UnitView u : failed) {
			assertThat(as(teller, () -> ledger.balance(u.id())).owed()).isEqualTo(Money.of("90.00"));
			assertThat(as(teller, () -> ledger.entries(u.id())))
				.noneMatch(e -> e.kind() == com.guanjia.billing.EntryKind.PAYMENT);
		}
		for (UnitView u : paid) {
			assertThat(as(teller, () -> ledger.balance(u.id())).balance()).isEqualTo(Money.ZERO);
		}
		// the next payment takes the next number
		UnitView retry = failed.get(0);
		assertThat(payCash(teller, retry, open(retry), "100", "after-" + UUID.randomUUID()).number())
			.isEqualTo(ReceiptView.format(2026, n + 1));
	}

	@Test
	void r6_6_aClosedDayRejectsChangesAndFinanceConfirms() {
		ReceiptView r = payCash(teller, unit, open(unit).subList(0, 1), "200", "c-" + UUID.randomUUID());
		DailyCloseView today = as(teller, () -> closes.today(community));
		assertThat(today.isClosed()).isFalse();
		assertThat(today.cash()).isEqualTo(Money.of("134.25"));
		DailyCloseView closed = as(teller,
				() -> closes.close(community, new CloseCommand(DailyCloseView.HandedTo.FINANCE, null)));
		assertThat(closed.receipts()).isEqualTo(1);
		assertThat(closed.firstReceipt()).isEqualTo(r.number()).isEqualTo(closed.lastReceipt());
		assertThat(closed.total()).isEqualTo(Money.of("134.25"));
		// once closed, nothing of that day changes
		assertThatThrownBy(() -> payCash(teller, unit, open(unit), "200", "c-" + UUID.randomUUID()))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> as(teller, () -> cashier.requestVoid(r.id(), "写错")))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(
				() -> as(teller, () -> closes.close(community, new CloseCommand(DailyCloseView.HandedTo.BANK, null))))
			.isInstanceOf(ConflictException.class);
		// the cashier cannot confirm their own close; finance can
		assertThatThrownBy(() -> as(teller, () -> closes.confirm(closed.id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(as(finance, () -> closes.confirm(closed.id())).confirmedBy()).isEqualTo(finance.getUsername());
	}

	/**
	 * R6.6: a void asked for before the close and approved after it would change a day
	 * handed over, so it is never a void (issue 10 decision): it becomes a red reversal
	 * on the asking cashier's next open day — refused while that day is closed too.
	 */
	@Test
	void r6_6_aVoidRequestedBeforeTheCloseIsARedReversalAfterIt() {
		ReceiptView r = payCash(teller, unit, open(unit), "300", "vc-" + UUID.randomUUID());
		as(teller, () -> cashier.requestVoid(r.id(), "收错房号"));
		DailyCloseView closed = as(teller,
				() -> closes.close(community, new CloseCommand(DailyCloseView.HandedTo.FINANCE, null)));
		assertThat(closed.total()).isEqualTo(Money.of("268.50"));
		StaffUser supervisor = fixtures.staff(Role.SUPERVISOR, community);
		assertThatThrownBy(() -> as(supervisor, () -> cashier.approveVoid(r.id())))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
				assertThat(ex.code()).isEqualTo("cashier.dayClosed");
				assertThat(messages.getMessage(ex.code(), ex.args(), Locale.SIMPLIFIED_CHINESE))
					.isEqualTo("2026-11-30 已日结，当天收款不能再更改");
			});
		// nothing changed: the receipt stands, the bills stay paid, the close still adds
		// up
		assertThat(as(teller, () -> cashier.receipt(r.id())).isVoid()).isFalse();
		assertThat(open(unit)).isEmpty();
		assertThat(as(teller, () -> ledger.balance(unit.id())).balance()).isEqualTo(Money.ZERO);
		DailyCloseView day = as(teller, () -> closes.today(community));
		assertThat(day.voids()).isZero();
		assertThat(day.total()).isEqualTo(Money.of("268.50"));
		// the next morning the approval is a red reversal on the teller's new day
		clock.set(Instant.parse("2026-12-01T01:00:00Z"));
		ReceiptView corrected = as(supervisor, () -> cashier.approveVoid(r.id()));
		assertThat(corrected.isVoid()).isFalse();
		assertThat(corrected.voidStatus()).isEqualTo(VoidStatus.REVERSED);
		assertThat(corrected.reversedBy()).isEqualTo(ReceiptView.format(2026, 2));
		assertThat(open(unit)).hasSize(2);
		assertThat(as(teller, () -> closes.today(community)).total()).isEqualTo(Money.of("-268.50"));
	}

	/**
	 * R6.5, R6.6: no deposit is taken or refunded on a cashier's closed day. Finance's
	 * approval of a refund moves no money; the cashier pays it out on a day still open,
	 * and a cash refund leaves that day's drawer: the cash to hand over is the cash taken
	 * less it (seed 004 "將款項如數交給出納").
	 */
	@Test
	void r6_6_noDepositIsTakenOrRefundedOnAClosedDay_aCashRefundIsAnOutflowOfTheHandover() {
		StaffUser accountant = fixtures.staff(Role.FINANCE, community);
		DepositView held = as(teller, () -> deposits.request(unit.id(), "装修押金", new BigDecimal("2000")));
		as(teller,
				() -> deposits.take(held.id(), PaymentMethod.CASH, new BigDecimal("2000"), "dh-" + UUID.randomUUID()));
		as(teller, () -> deposits.requestRefund(held.id(), "装修验收合格"));
		DepositView later = as(teller, () -> deposits.request(unit.id(), "车位押金", new BigDecimal("500")));
		as(teller, () -> closes.close(community, new CloseCommand(DailyCloseView.HandedTo.FINANCE, null)));

		assertThatThrownBy(() -> as(teller,
				() -> deposits.take(later.id(), PaymentMethod.CASH, new BigDecimal("500"), "dl-" + UUID.randomUUID())))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.code()).isEqualTo("cashier.dayClosed"));
		assertThat(as(teller, () -> deposits.get(later.id())).status()).isEqualTo(DepositView.Status.REQUESTED);
		// finance approves (no money moves); paying it out is refused on the closed day
		assertThat(as(accountant, () -> deposits.approveRefund(held.id())).status())
			.isEqualTo(DepositView.Status.REFUND_APPROVED);
		assertThatThrownBy(() -> as(teller, () -> deposits.payRefund(held.id(), PaymentMethod.CASH)))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
				assertThat(ex.code()).isEqualTo("cashier.dayClosed");
				assertThat(messages.getMessage(ex.code(), ex.args(), Locale.SIMPLIFIED_CHINESE))
					.isEqualTo("2026-11-30 已日结，当天收款不能再更改");
			});
		assertThat(as(teller, () -> deposits.get(held.id())).status()).isEqualTo(DepositView.Status.REFUND_APPROVED);

		// the next morning both go through; the deposit takes the next receipt number
		clock.set(Instant.parse("2026-12-01T01:00:00Z"));
		assertThat(as(teller, () -> deposits.payRefund(held.id(), PaymentMethod.CASH)).status())
			.isEqualTo(DepositView.Status.REFUNDED);
		assertThat(as(teller,
				() -> deposits.take(later.id(), PaymentMethod.CASH, new BigDecimal("500"), "dl-" + UUID.randomUUID()))
			.number()).isEqualTo(ReceiptView.format(2026, 2));
		// 1 December: 500.00 cash taken, 2000.00 cash paid back — 1500.00 less to hand
		// over
		DailyCloseView day = as(teller, () -> closes.today(community));
		assertThat(day.cash()).isEqualTo(Money.of("500.00"));
		assertThat(day.refunds()).isEqualTo(1);
		assertThat(day.cashRefunds()).isEqualTo(Money.of("2000.00"));
		assertThat(day.cashToHandOver()).isEqualTo(Money.of("-1500.00"));
		DailyCloseView closed = as(teller,
				() -> closes.close(community, new CloseCommand(DailyCloseView.HandedTo.FINANCE, null)));
		assertThat(closed.cashToHandOver()).isEqualTo(Money.of("-1500.00"));
		assertThat(as(finance, () -> closes.breakdown(closed.id())).refunds()).singleElement()
			.satisfies(f -> assertThat(f.amount()).isEqualTo(Money.of("2000.00")));
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

	/**
	 * R6.6 four eyes: someone who may both take payments and approve voids (an
	 * administrator) still cannot approve the void they asked for.
	 */
	@Test
	void r6_6_nobodyApprovesTheVoidTheyRequestedThemselves() {
		StaffUser admin = fixtures.staff(Role.ADMIN, community);
		ReceiptView r = payCash(admin, unit, open(unit), "300", "ve-" + UUID.randomUUID());
		as(admin, () -> cashier.requestVoid(r.id(), "收错房号"));
		assertThatThrownBy(() -> as(admin, () -> cashier.approveVoid(r.id()))).isInstanceOfSatisfying(
				RuleViolationException.class, ex -> assertThat(ex.code()).isEqualTo("receipt.voidSecondPerson"));
		assertThat(as(admin, () -> cashier.receipt(r.id())).isVoid()).isFalse();
		assertThat(open(unit)).isEmpty();
		// a second person may
		StaffUser supervisor = fixtures.staff(Role.SUPERVISOR, community);
		assertThat(as(supervisor, () -> cashier.approveVoid(r.id())).isVoid()).isTrue();
		assertThat(open(unit)).hasSize(2);
	}

	/**
	 * R6.3, R6.6: an online payment carries its transaction reference, has no change, and
	 * is counted under online in the day's figures.
	 */
	@Test
	void r6_3_anOnlinePaymentIsReceiptedWithItsReferenceAndCountedAsOnline() {
		ReceiptView r = as(teller, () -> cashier.pay(new PaymentCommand(unit.id(), open(unit), PaymentMethod.ONLINE,
				null, null, "WX4200001234", "on-" + UUID.randomUUID())));
		assertThat(r.method()).isEqualTo(PaymentMethod.ONLINE);
		assertThat(r.reference()).isEqualTo("WX4200001234");
		assertThat(r.amount()).isEqualTo(Money.of("268.50"));
		assertThat(r.tendered()).isEqualTo(Money.of("268.50"));
		assertThat(r.change()).isEqualTo(Money.ZERO);
		assertThat(open(unit)).isEmpty();
		DailyCloseView day = as(teller, () -> closes.today(community));
		assertThat(day.online()).isEqualTo(Money.of("268.50"));
		assertThat(day.cash()).isEqualTo(Money.ZERO);
		assertThat(day.total()).isEqualTo(Money.of("268.50"));
	}

	/**
	 * R6.5, seed 004: a deposit is taken without approval; its refund is approved by
	 * finance ("根據會計通知，完全履行簽字程序後"), not by a cashier or a supervisor, and then paid out.
	 */
	@Test
	void r6_5_aDepositIsTakenWithoutApproval_itsRefundIsApprovedByFinance() {
		DepositView d = as(teller, () -> deposits.request(unit.id(), "装修押金", new BigDecimal("2000")));
		ReceiptView receipt = as(teller,
				() -> deposits.take(d.id(), PaymentMethod.TRANSFER, BigDecimal.ZERO, "dep-" + UUID.randomUUID()));
		assertThat(receipt.amount()).isEqualTo(Money.of("2000.00"));
		as(teller, () -> deposits.requestRefund(d.id(), "装修验收合格"));
		StaffUser supervisor = fixtures.staff(Role.SUPERVISOR, community);
		assertThatThrownBy(() -> as(teller, () -> deposits.approveRefund(d.id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(supervisor, () -> deposits.approveRefund(d.id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(teller, () -> deposits.payRefund(d.id(), PaymentMethod.TRANSFER)))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.code()).isEqualTo("deposit.state"));
		assertThat(as(finance, () -> deposits.approveRefund(d.id())).status())
			.isEqualTo(DepositView.Status.REFUND_APPROVED);
		assertThat(as(teller, () -> deposits.payRefund(d.id(), PaymentMethod.TRANSFER)).status())
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
