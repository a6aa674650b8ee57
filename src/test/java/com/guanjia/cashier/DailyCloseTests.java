package com.guanjia.cashier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.guanjia.cashier.CashierEvents.DayCloseConfirmed;
import com.guanjia.cashier.CashierEvents.DayClosed;
import com.guanjia.cashier.DailyClose.Counted;
import com.guanjia.cashier.DailyClose.Figures;
import com.guanjia.cashier.DailyClose.Refund;
import com.guanjia.cashier.DailyClose.Handover;
import com.guanjia.cashier.DailyCloseView.HandedTo;
import com.guanjia.shared.Money;
import com.guanjia.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/**
 * R6.6: the day's figures counted by hand, and the close's two states: closed by the
 * cashier, confirmed by someone else. Plain JUnit, no Spring.
 */
class DailyCloseTests {

	static final LocalDate DAY = LocalDate.of(2026, 11, 30);

	static final Instant NOW = Instant.parse("2026-11-30T09:30:00Z");

	@Test
	void countsStandingReceiptsByMethodAndVoidsApart() {
		Figures f = Figures.of(
				List.of(new Counted("2026-000003", PaymentMethod.CASH, Money.of("134.25"), false, false),
						new Counted("2026-000004", PaymentMethod.CASH, Money.of("65.75"), false, false),
						new Counted("2026-000005", PaymentMethod.ONLINE, Money.of("268.50"), false, false),
						new Counted("2026-000006", PaymentMethod.CARD, Money.of("100.00"), true, false),
						new Counted("2026-000007", PaymentMethod.TRANSFER, Money.of("2000.00"), false, false)),
				List.of(), List.of());
		// cash 134.25 + 65.75 = 200.00; the voided card receipt counts only as a void
		assertThat(f.of(PaymentMethod.CASH)).isEqualTo(Money.of("200.00"));
		assertThat(f.of(PaymentMethod.CARD)).isEqualTo(Money.ZERO);
		assertThat(f.of(PaymentMethod.TRANSFER)).isEqualTo(Money.of("2000.00"));
		assertThat(f.of(PaymentMethod.ONLINE)).isEqualTo(Money.of("268.50"));
		// 200.00 + 2000.00 + 268.50
		assertThat(f.total()).isEqualTo(Money.of("2468.50"));
		assertThat(f.receipts()).isEqualTo(5);
		assertThat(f.firstReceipt()).isEqualTo("2026-000003");
		assertThat(f.lastReceipt()).isEqualTo("2026-000007");
		assertThat(f.voids()).isEqualTo(1);
		assertThat(f.voidAmount()).isEqualTo(Money.of("100.00"));
	}

	/**
	 * Issue 10 item 9 and the decisions on red reversals and invoices, by hand: a red
	 * receipt (红冲) of a closed day's 300.00 cash subtracts from today's cash; a cash
	 * refund of a 2000.00 deposit leaves the drawer, a transfer refund does not; the
	 * invoices recorded for the day's receipts are shown as ranges.
	 */
	@Test
	void redReversalsSubtract_cashRefundsLeaveTheDrawer_invoicesAsRanges() {
		Figures f = Figures.of(
				List.of(new Counted("2026-000010", PaymentMethod.CASH, Money.of("2600.00"), false, false),
						new Counted("2026-000011", PaymentMethod.CASH, Money.of("-300.00"), false, true)),
				List.of(new Refund(7, PaymentMethod.CASH, Money.of("2000.00")),
						new Refund(8, PaymentMethod.TRANSFER, Money.of("500.00"))),
				List.of("00012347", "00012345", "00012346", "00012360", "A-77"));
		// cash 2600.00 − 300.00 = 2300.00; less the cash refund 2000.00 = 300.00 to hand
		// over
		assertThat(f.of(PaymentMethod.CASH)).isEqualTo(Money.of("2300.00"));
		assertThat(f.reversals()).isEqualTo(1);
		assertThat(f.reversalAmount()).isEqualTo(Money.of("-300.00"));
		assertThat(f.refunds()).isEqualTo(2);
		assertThat(f.refundAmount()).isEqualTo(Money.of("2500.00"));
		assertThat(f.cashRefunds()).isEqualTo(Money.of("2000.00"));
		assertThat(f.cashToHandOver()).isEqualTo(Money.of("300.00"));
		assertThat(f.invoices()).isEqualTo(5);
		assertThat(f.invoiceRange()).isEqualTo("00012345–00012347, 00012360, A-77");
	}

	@Test
	void anEmptyDayHasNoNumbers() {
		Figures f = Figures.of(List.of(), List.of(), List.of());
		assertThat(f.total()).isEqualTo(Money.ZERO);
		assertThat(f.receipts()).isZero();
		assertThat(f.firstReceipt()).isNull();
		assertThat(f.lastReceipt()).isNull();
	}

	static DailyClose closed() {
		DailyClose close = DailyClose.close(1, "teller", DAY,
				Figures.of(List.of(new Counted("2026-000001", PaymentMethod.CASH, Money.of("134.25"), false, false)),
						List.of(), List.of("00012345")),
				new Handover(HandedTo.FINANCE, null), NOW);
		close.recorded(11);
		return close;
	}

	@Test
	void closingRaisesDayClosedWithItsId() {
		DailyClose close = closed();
		assertThat(close.events()).containsExactly(new DayClosed(1, 11, "teller", DAY, new BigDecimal("134.25")));
		assertThat(close.toView().isClosed()).isTrue();
		assertThat(close.toView().confirmableBy("finance")).isTrue();
		assertThat(close.toView().confirmableBy("teller")).isFalse();
		assertThatThrownBy(() -> close.recorded(12)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void financeConfirmsOnceButNeverTheCashierThemselves() {
		DailyClose own = closed();
		assertThatThrownBy(() -> own.confirm("teller", NOW)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.code()).isEqualTo("cashier.confirmOwnClose"));
		assertThat(own.isConfirmed()).isFalse();
		assertThat(own.confirmedBy()).isNull();

		DailyClose close = closed();
		close.confirm("finance", NOW.plusSeconds(600));
		assertThat(close.confirmedBy()).isEqualTo("finance");
		assertThat(close.confirmedAt()).isEqualTo(NOW.plusSeconds(600));
		assertThat(close.events()).last().isEqualTo(new DayCloseConfirmed(1, 11, "teller", DAY, "finance"));
		assertThat(close.toView().confirmableBy("finance2")).isFalse();
		assertThatThrownBy(() -> close.confirm("finance2", NOW)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.code()).isEqualTo("cashier.alreadyConfirmed"));
		assertThat(close.confirmedBy()).isEqualTo("finance");
	}

	@Test
	void anOpenDayShowsItsFiguresWithoutAnId() {
		DailyCloseView open = DailyClose.open(1, "teller", DAY, Figures.of(List.of(), List.of(), List.of()));
		assertThat(open.isClosed()).isFalse();
		assertThat(open.confirmableBy("finance")).isFalse();
		assertThat(open.handedTo()).isNull();
	}

}
