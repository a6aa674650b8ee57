package com.guanjia.cashier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.guanjia.cashier.CashierEvents.DayCloseConfirmed;
import com.guanjia.cashier.CashierEvents.DayClosed;
import com.guanjia.cashier.DailyCloseView.HandedTo;
import com.guanjia.shared.FourEyes;
import com.guanjia.shared.Money;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * A cashier's daily close (日收入情况交接表, R6.6): the day's figures counted from its receipts
 * when the cashier closes (CLOSED), and finance's confirmation that the money arrived
 * (CONFIRMED), never by the cashier who closed it. Once closed the day takes no payment,
 * void, red reversal or refund (the cashier's day lock sees to that); a receipt of a
 * closed day is corrected by a red reversal (红冲) on a later open day.
 */
final class DailyClose {

	/**
	 * A receipt of the day as the close counts it: a red receipt (红冲) has a negative
	 * amount.
	 */
	record Counted(String number, PaymentMethod method, Money amount, boolean voided, boolean red) {
	}

	/** A deposit refund the cashier paid out that day (an outflow, R6.5, R6.6). */
	record Refund(long depositId, PaymentMethod method, Money amount) {
	}

	/**
	 * The day's figures: totals by method of the receipts that stand (red reversals
	 * subtract), the first and last receipt number and how many receipts (voided and red
	 * ones included), the voids and red reversals, the refunds paid out, and the invoices
	 * recorded for the day's receipts with their number ranges. The cash handed over is
	 * the cash taken less the cash refunds (seed 004 "將款項如數交給出納").
	 */
	record Figures(Map<PaymentMethod, Money> byMethod, int receipts, @Nullable String firstReceipt,
			@Nullable String lastReceipt, int voids, Money voidAmount, int reversals, Money reversalAmount, int refunds,
			Money refundAmount, Money cashRefunds, int invoices, @Nullable String invoiceRange) {

		static Figures of(List<Counted> day, List<Refund> refunds, List<String> invoiceNumbers) {
			Map<PaymentMethod, Money> byMethod = new EnumMap<>(PaymentMethod.class);
			for (PaymentMethod m : PaymentMethod.values()) {
				byMethod.put(m, Money.ZERO);
			}
			Money voidAmount = Money.ZERO;
			int voids = 0;
			Money reversalAmount = Money.ZERO;
			int reversals = 0;
			for (Counted r : day) {
				if (r.voided()) {
					voids++;
					voidAmount = voidAmount.plus(r.amount());
				}
				else {
					byMethod.merge(r.method(), r.amount(), Money::plus);
				}
				if (r.red()) {
					reversals++;
					reversalAmount = reversalAmount.plus(r.amount());
				}
			}
			Money refundAmount = Money.ZERO;
			Money cashRefunds = Money.ZERO;
			for (Refund f : refunds) {
				refundAmount = refundAmount.plus(f.amount());
				if (f.method() == PaymentMethod.CASH) {
					cashRefunds = cashRefunds.plus(f.amount());
				}
			}
			return new Figures(Map.copyOf(byMethod), day.size(), day.isEmpty() ? null : day.get(0).number(),
					day.isEmpty() ? null : day.get(day.size() - 1).number(), voids, voidAmount, reversals,
					reversalAmount, refunds.size(), refundAmount, cashRefunds, invoiceNumbers.size(),
					InvoiceRanges.of(invoiceNumbers));
		}

		Money of(PaymentMethod method) {
			return byMethod.get(method);
		}

		Money total() {
			return byMethod.values().stream().reduce(Money.ZERO, Money::plus);
		}

		/** The cash to hand over: cash taken (net of red reversals) less cash refunds. */
		Money cashToHandOver() {
			return of(PaymentMethod.CASH).minus(cashRefunds);
		}

	}

	/** What the cashier writes on the handover besides the figures. */
	record Handover(HandedTo handedTo, @Nullable String note) {

		static Handover of(CloseCommand command) {
			return new Handover(command.handedTo(), command.note());
		}

	}

	private long id;

	private final long communityId;

	private final String cashier;

	private final LocalDate businessDay;

	private final Figures figures;

	private final Handover handover;

	private final Instant closedAt;

	private @Nullable String confirmedBy;

	private @Nullable Instant confirmedAt;

	private final List<Object> events = new ArrayList<>();

	private DailyClose(long id, long communityId, String cashier, LocalDate businessDay, Figures figures,
			Handover handover, Instant closedAt) {
		this.id = id;
		this.communityId = communityId;
		this.cashier = cashier;
		this.businessDay = businessDay;
		this.figures = figures;
		this.handover = handover;
		this.closedAt = closedAt;
	}

	/** The cashier closes the day with its figures. */
	static DailyClose close(long communityId, String cashier, LocalDate day, Figures figures, Handover handover,
			Instant now) {
		return new DailyClose(0, communityId, cashier, day, figures, handover, now);
	}

	/** As stored (only the repository calls this). */
	static DailyClose restore(long id, long communityId, String cashier, LocalDate day, Figures figures,
			Handover handover, Instant closedAt, @Nullable String confirmedBy, @Nullable Instant confirmedAt) {
		DailyClose close = new DailyClose(id, communityId, cashier, day, figures, handover, closedAt);
		close.confirmedBy = confirmedBy;
		close.confirmedAt = confirmedAt;
		return close;
	}

	/**
	 * The repository stored the new close: it has its id, and {@link DayClosed} is
	 * raised.
	 */
	void recorded(long newId) {
		if (id != 0) {
			throw new IllegalStateException("daily close " + id + " is stored already");
		}
		id = newId;
		events.add(new DayClosed(communityId, id, cashier, businessDay, figures.total().amount()));
	}

	/**
	 * Finance confirms it received the day's money. Refused once confirmed, and for the
	 * cashier who closed the day, whatever their roles (four eyes).
	 */
	void confirm(String confirmer, Instant now) {
		if (confirmedBy != null) {
			throw new RuleViolationException("cashier.alreadyConfirmed");
		}
		FourEyes.DAILY_CLOSE.check(cashier, confirmer);
		confirmedBy = confirmer;
		confirmedAt = now;
		events.add(new DayCloseConfirmed(communityId, id, cashier, businessDay, confirmer));
	}

	boolean isConfirmed() {
		return confirmedBy != null;
	}

	List<Object> events() {
		return List.copyOf(events);
	}

	long id() {
		return id;
	}

	long communityId() {
		return communityId;
	}

	String cashier() {
		return cashier;
	}

	LocalDate businessDay() {
		return businessDay;
	}

	Figures figures() {
		return figures;
	}

	Handover handover() {
		return handover;
	}

	Instant closedAt() {
		return closedAt;
	}

	@Nullable String confirmedBy() {
		return confirmedBy;
	}

	@Nullable Instant confirmedAt() {
		return confirmedAt;
	}

	DailyCloseView toView() {
		return view(id, communityId, cashier, businessDay, figures, handover, closedAt, confirmedBy, confirmedAt);
	}

	/** The figures of a day not closed yet (id 0). */
	static DailyCloseView open(long communityId, String cashier, LocalDate day, Figures figures) {
		return view(0, communityId, cashier, day, figures, null, null, null, null);
	}

	private static DailyCloseView view(long id, long communityId, String cashier, LocalDate day, Figures f,
			@Nullable Handover h, @Nullable Instant closedAt, @Nullable String confirmedBy,
			@Nullable Instant confirmedAt) {
		return new DailyCloseView(id, communityId, cashier, day, f.of(PaymentMethod.CASH), f.of(PaymentMethod.CARD),
				f.of(PaymentMethod.TRANSFER), f.of(PaymentMethod.ONLINE), f.total(), f.receipts(), f.firstReceipt(),
				f.lastReceipt(), f.voids(), f.voidAmount(), f.reversals(), f.reversalAmount(), f.refunds(),
				f.refundAmount(), f.cashRefunds(), f.cashToHandOver(), f.invoices(), f.invoiceRange(),
				h == null ? null : h.handedTo(), h == null ? null : h.note(), closedAt, confirmedBy, confirmedAt);
	}

}
