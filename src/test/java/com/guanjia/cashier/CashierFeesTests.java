package com.guanjia.cashier;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.Money;
import com.guanjia.shared.ValidationException;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 14 (R6.3, R12.1): a fee not tied to a unit's bill — a car park's duration fee
 * taken by a guard — gets its receipt from the same gap-free counter as a bill's payment,
 * once per idempotency key, and only from someone allowed to take fees in that community.
 */
@GuanjiaTest
class CashierFeesTests {

	@Autowired
	CashierFees fees;

	@Autowired
	Cashier cashier;

	@Autowired
	BillingRuns runs;

	@Autowired
	Ledger ledger;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures units;

	@Autowired
	JdbcClient jdbc;

	long community;

	StaffUser guard;

	StaffUser teller;

	UnitView unit;

	@BeforeEach
	void setUp() {
		community = fixtures.community("停车收费小区").id();
		long building = fixtures.building(community, "3").id();
		guard = fixtures.staff(Role.GUARD, community);
		teller = fixtures.staff(Role.CASHIER, community);
		unit = units.unit(community, building, "301", "89.50", UnitState.OCCUPIED, LocalDate.of(2020, 6, 17));
		StaffUser finance = fixtures.staff(Role.FINANCE, community);
		as(finance, () -> runs.commit(runs.preview(community, YearMonth.of(2026, 11), 1).run().id()));
	}

	FeePayment parking(String plate, String amount, String tendered, String key) {
		return new FeePayment(FeePurpose.PARKING, plate, new BigDecimal(amount), PaymentMethod.CASH,
				new BigDecimal(tendered), null, key);
	}

	@Test
	void aFeeTakesTheNextNumberBetweenBillPayments_noGap() {
		List<Long> lines = as(teller, () -> ledger.lines(unit.id(), true)).stream().map(Line::id).toList();
		ReceiptView bill = as(teller, () -> cashier.pay(new PaymentCommand(unit.id(), lines, PaymentMethod.CASH,
				new BigDecimal("200"), null, null, "b-" + UUID.randomUUID())));
		ReceiptView fee = as(guard, () -> fees.take(community, parking("粤B12345", "11.00", "20", "p-1")));
		ReceiptView next = as(teller, () -> cashier.pay(new PaymentCommand(unit.id(), List.of(), PaymentMethod.CASH,
				new BigDecimal("50"), new BigDecimal("50"), null, "b-" + UUID.randomUUID())));
		assertThat(List.of(bill.number(), fee.number(), next.number())).containsExactly(ReceiptView.format(2026, 1),
				ReceiptView.format(2026, 2), ReceiptView.format(2026, 3));
		assertThat(fee.unitId()).isNull();
		assertThat(fee.unitLabel()).isEqualTo("粤B12345");
		assertThat(fee.purpose()).isEqualTo(FeePurpose.PARKING);
		assertThat(fee.amount()).isEqualTo(Money.of("11.00"));
		assertThat(fee.change()).isEqualTo(Money.of("9.00"));
		assertThat(fee.items()).isEmpty();
		// the fee leaves the unit ledgers alone
		assertThat(jdbc.sql("select count(*) from ledger_entry where community_id = ? and ref_id = ?")
			.params(community, fee.paymentId())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theSameKeyReturnsTheFirstReceipt_anotherFeeUnderItIsRefused() {
		ReceiptView first = as(guard, () -> fees.take(community, parking("粤B22222", "5.00", "5", "k-1")));
		ReceiptView retry = as(guard, () -> fees.take(community, parking("粤B22222", "5", "5.00", "k-1")));
		assertThat(retry.id()).isEqualTo(first.id());
		// another payer, or the same fee with another amount tendered, is another request
		// under the key (issue 9 item 16: was the first receipt for a different tendered)
		assertThatThrownBy(() -> as(guard, () -> fees.take(community, parking("粤B33333", "5.00", "5", "k-1"))))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.code()).isEqualTo("idempotency.keyReused"));
		assertThatThrownBy(() -> as(guard, () -> fees.take(community, parking("粤B22222", "5.00", "10", "k-1"))))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.code()).isEqualTo("idempotency.keyReused"));
		assertThat(receipts()).isEqualTo(1);
	}

	@Test
	void concurrentRequestsWithOneKeyIssueOneReceipt() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<ReceiptView>> results = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			results.add(pool.submit(() -> {
				start.await();
				return as(guard, () -> fees.take(community, parking("粤B44444", "30.00", "30", "race")));
			}));
		}
		start.countDown();
		List<Long> ids = new ArrayList<>();
		for (Future<ReceiptView> f : results) {
			ids.add(f.get().id());
		}
		pool.shutdown();
		assertThat(ids).containsOnly(ids.get(0));
		assertThat(receipts()).isEqualTo(1);
	}

	@Test
	void badInputNamesTheField_nothingIsSaved() {
		assertThatThrownBy(() -> as(guard,
				() -> fees.take(community,
						new FeePayment(FeePurpose.PARKING, "", new BigDecimal("-1"), PaymentMethod.CASH, null, null,
								"x"))))
			.isInstanceOfSatisfying(ValidationException.class,
					ex -> assertThat(ex.problems()).extracting(p -> p.field())
						.containsExactlyInAnyOrder("payer", "amount", "tendered"));
		assertThatThrownBy(() -> as(guard, () -> fees.take(community, parking("粤B55555", "10.00", "5", "short"))))
			.isInstanceOfSatisfying(ValidationException.class,
					ex -> assertThat(ex.problems()).extracting(p -> p.field()).containsExactly("tendered"));
		assertThat(receipts()).isZero();
	}

	@Test
	void onlyStaffWhoTakeFeesInThatCommunity() {
		StaffUser agent = fixtures.staff(Role.AGENT, community);
		long other = fixtures.community("别的小区").id();
		StaffUser otherGuard = fixtures.staff(Role.GUARD, other);
		assertThatThrownBy(() -> as(agent, () -> fees.take(community, parking("粤B66666", "5", "5", "a"))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(otherGuard, () -> fees.take(community, parking("粤B66666", "5", "5", "b"))))
			.isInstanceOf(AccessDeniedException.class);
		// a guard takes fees, never a unit's bills
		assertThatThrownBy(
				() -> as(guard,
						() -> cashier.pay(new PaymentCommand(unit.id(), List.of(), PaymentMethod.CASH,
								new BigDecimal("5"), new BigDecimal("5"), null, "c"))))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(receipts()).isZero();
	}

	@Test
	void aFeeReceiptIsVoidedLikeAnyOther() {
		ReceiptView fee = as(teller, () -> fees.take(community, parking("粤B77777", "8.00", "8", "v")));
		as(teller, () -> cashier.requestVoid(fee.id(), "收错车牌"));
		StaffUser supervisor = fixtures.staff(Role.SUPERVISOR, community);
		ReceiptView voided = as(supervisor, () -> cashier.approveVoid(fee.id()));
		assertThat(voided.isVoid()).isTrue();
		assertThat(voided.unitLabel()).isEqualTo("粤B77777");
	}

	long receipts() {
		return jdbc.sql("select count(*) from receipt where community_id = ?")
			.param(community)
			.query(Long.class)
			.single();
	}

}
