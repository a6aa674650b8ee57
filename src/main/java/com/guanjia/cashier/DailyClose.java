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
 * void or refund (the cashier's day lock sees to that).
 */
final class DailyClose {

	/** A receipt of the day as the close counts it. */
	record Counted(String number, PaymentMethod method, Money amount, boolean voided) {
	}

	/**
	 * The day's figures: totals by method of the receipts that stand, the first and last
	 * receipt number and how many receipts (voided ones included), and the voids.
	 */
	record Figures(Map<PaymentMethod, Money> byMethod, int receipts, @Nullable String firstReceipt,
			@Nullable String lastReceipt, int voids, Money voidAmount) {

		static Figures of(List<Counted> day) {
			Map<PaymentMethod, Money> byMethod = new EnumMap<>(PaymentMethod.class);
			for (PaymentMethod m : PaymentMethod.values()) {
				byMethod.put(m, Money.ZERO);
			}
			Money voidAmount = Money.ZERO;
			int voids = 0;
			for (Counted r : day) {
				if (r.voided()) {
					voids++;
					voidAmount = voidAmount.plus(r.amount());
				}
				else {
					byMethod.merge(r.method(), r.amount(), Money::plus);
				}
			}
			return new Figures(Map.copyOf(byMethod), day.size(), day.isEmpty() ? null : day.get(0).number(),
					day.isEmpty() ? null : day.get(day.size() - 1).number(), voids, voidAmount);
		}

		Money of(PaymentMethod method) {
			return byMethod.get(method);
		}

		Money total() {
			return byMethod.values().stream().reduce(Money.ZERO, Money::plus);
		}

	}

	/** What the cashier writes on the handover besides the figures. */
	record Handover(HandedTo handedTo, int invoices, @Nullable String invoiceRange, @Nullable String note) {

		static Handover of(CloseCommand command) {
			return new Handover(command.handedTo(), command.invoices() == null ? 0 : command.invoices(),
					command.invoiceRange(), command.note());
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
				f.lastReceipt(), f.voids(), f.voidAmount(), h == null ? 0 : h.invoices(),
				h == null ? null : h.invoiceRange(), h == null ? null : h.handedTo(), h == null ? null : h.note(),
				closedAt, confirmedBy, confirmedAt);
	}

}
