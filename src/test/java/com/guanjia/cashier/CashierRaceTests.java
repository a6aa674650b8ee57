package com.guanjia.cashier;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
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
import com.guanjia.shared.Money;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.MutableClock;
import com.guanjia.support.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15 item 2, decision 0007: the races the cashier's locks exist for. The
 * idempotency key's lock makes two simultaneous requests with one key one payment; the
 * cashier's day lock makes a payment either land in the day's close or be refused after
 * it.
 */
@GuanjiaTest
class CashierRaceTests {

	@Autowired
	Cashier cashier;

	@Autowired
	DailyCloses closes;

	@Autowired
	Ledger ledger;

	@Autowired
	BillingRuns runs;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	long community;

	long building;

	StaffUser teller;

	@BeforeEach
	void setUp() {
		community = fixtures.community("并发小区").id();
		building = fixtures.building(community, "6").id();
		teller = fixtures.staff(Role.CASHIER, community);
	}

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
	}

	UnitView unitOwing(String room) {
		return fees.unit(community, building, room, "60.00", UnitState.OCCUPIED, LocalDate.of(2020, 1, 1));
	}

	void bill(YearMonth month) {
		StaffUser finance = fixtures.staff(Role.FINANCE, community);
		as(finance, () -> runs.commit(runs.preview(community, month, 1).run().id()));
	}

	List<Long> open(UnitView u) {
		return as(teller, () -> ledger.lines(u.id(), true)).stream().map(Line::id).toList();
	}

	/**
	 * Two threads send the same payment with the same Idempotency-Key at the same moment
	 * (a double submit): one payment row, both answers the same receipt, no error.
	 */
	@Test
	void r6_3_twoRequestsWithOneKeyAtOnceMakeOnePayment() throws Exception {
		for (int round = 0; round < 5; round++) {
			UnitView unit = unitOwing("60" + round);
			bill(YearMonth.of(2026, 11));
			List<Long> lines = open(unit);
			String key = "same-" + UUID.randomUUID();
			List<Object> results = race(2, i -> as(teller, () -> cashier.pay(
					new PaymentCommand(unit.id(), lines, PaymentMethod.CASH, new BigDecimal("100"), null, null, key))));
			assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(ReceiptView.class));
			ReceiptView first = (ReceiptView) results.get(0);
			ReceiptView second = (ReceiptView) results.get(1);
			assertThat(second.id()).isEqualTo(first.id());
			assertThat(second.number()).isEqualTo(first.number());
			assertThat(jdbc.sql("select count(*) from payment where community_id = ? and idempotency_key = ?")
				.params(community, key)
				.query(Integer.class)
				.single()).isEqualTo(1);
			// 60.00 m² × 1.50 = 90.00, paid once
			assertThat(first.amount()).isEqualTo(Money.of("90.00"));
			assertThat(as(teller, () -> ledger.balance(unit.id())).balance()).isEqualTo(Money.ZERO);
		}
	}

	/**
	 * R6.6: a payment and the cashier's close race, round after round (a new business day
	 * each): every payment is either counted in that day's close or refused with
	 * {@code cashier.dayClosed}, leaving the bill open and no payment behind.
	 */
	@Test
	void r6_6_aPaymentRacingTheCloseIsInTheCloseOrRefused() throws Exception {
		int rounds = 30;
		List<UnitView> units = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			units.add(unitOwing(String.valueOf(700 + i)));
		}
		bill(YearMonth.of(2026, 11));
		int counted = 0;
		int refused = 0;
		for (int round = 0; round < rounds; round++) {
			clock.set(TestClockConfiguration.START.plus(Duration.ofDays(round + 1)));
			LocalDate day = LocalDate.of(2026, 12, 1).plusDays(round);
			UnitView unit = units.get(round);
			List<Long> lines = open(unit);
			List<Object> results = race(2, i -> i == 0
					? as(teller,
							() -> cashier.pay(new PaymentCommand(unit.id(), lines, PaymentMethod.CASH,
									new BigDecimal("90"), null, null, UUID.randomUUID().toString())))
					: as(teller,
							() -> closes.close(community, new CloseCommand(DailyCloseView.HandedTo.FINANCE, null))));
			assertThat(results.get(1)).as("round %d: the close", round).isInstanceOf(DailyCloseView.class);
			DailyCloseView close = (DailyCloseView) results.get(1);
			assertThat(close.businessDay()).isEqualTo(day);
			if (results.get(0) instanceof ReceiptView receipt) {
				counted++;
				assertThat(close.receipts()).as("round %d: the close counts the payment", round).isEqualTo(1);
				assertThat(close.lastReceipt()).isEqualTo(receipt.number());
				assertThat(close.cash()).isEqualTo(Money.of("90.00"));
			}
			else {
				refused++;
				assertThat(results.get(0)).as("round %d: the payment", round)
					.isInstanceOfSatisfying(RuleViolationException.class,
							ex -> assertThat(ex.code()).isEqualTo("cashier.dayClosed"));
				assertThat(close.receipts()).isZero();
				assertThat(close.total()).isEqualTo(Money.ZERO);
				assertThat(open(unit)).isEqualTo(lines);
			}
			// whatever happened, the day's payments are exactly those its close counted
			assertThat(
					jdbc.sql("select count(*) from payment where community_id = ? and cashier = ? and business_day = ?")
						.params(community, teller.getUsername(), java.sql.Date.valueOf(day))
						.query(Integer.class)
						.single())
				.as("round %d: payments of the day", round)
				.isEqualTo(close.receipts());
		}
		assertThat(counted + refused).isEqualTo(rounds);
	}

	interface Work {

		Object run(int thread) throws Exception;

	}

	/**
	 * Runs the work on {@code threads} threads released together; answers each result or
	 * the exception it threw, in thread order.
	 */
	static List<Object> race(int threads, Work work) throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch ready = new CountDownLatch(threads);
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Object>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int thread = t;
				futures.add(pool.submit((Callable<Object>) () -> {
					ready.countDown();
					start.await();
					return work.run(thread);
				}));
			}
			ready.await();
			start.countDown();
			List<Object> results = new ArrayList<>();
			for (Future<Object> f : futures) {
				try {
					results.add(f.get());
				}
				catch (ExecutionException ex) {
					results.add(ex.getCause());
				}
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

}
