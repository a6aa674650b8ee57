package com.guanjia.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.guanjia.shared.Money;

/**
 * The late fee (滞纳金), only where the service contract provides one (off by default). It
 * is charged in a run's first month for the debt that was overdue during the month
 * before, on the amounts still owed when the run starts:
 * <ul>
 * <li>per day: Σ outstanding × rate × days of the previous month after the due date;</li>
 * <li>per month: Σ outstanding × rate for each line overdue at the end of the previous
 * month.</li>
 * </ul>
 * Rounded once per unit, to the fen, with the community's rule.
 */
final class LateFee {

	private LateFee() {
	}

	/** An open line of a unit: when it was due and what is still owed. */
	record Overdue(LocalDate dueDate, Money outstanding) {
	}

	static Money of(List<Overdue> overdue, YearMonth runMonth, BillingSettings settings) {
		if (settings.lateFeeBasis() == BillingSettings.LateFeeBasis.OFF || overdue.isEmpty()) {
			return Money.ZERO;
		}
		YearMonth previous = runMonth.minusMonths(1);
		BigDecimal exact = BigDecimal.ZERO;
		for (Overdue o : overdue) {
			if (!o.dueDate().isBefore(previous.atEndOfMonth())) {
				continue;
			}
			BigDecimal factor;
			if (settings.lateFeeBasis() == BillingSettings.LateFeeBasis.DAY) {
				LocalDate from = o.dueDate().plusDays(1).isAfter(previous.atDay(1)) ? o.dueDate().plusDays(1)
						: previous.atDay(1);
				long days = previous.atEndOfMonth().toEpochDay() - from.toEpochDay() + 1;
				factor = BigDecimal.valueOf(days);
			}
			else {
				factor = BigDecimal.ONE;
			}
			exact = exact.add(o.outstanding().amount().multiply(settings.lateFeeRate()).multiply(factor));
		}
		return Money.rounded(exact, settings.roundingMode() == null ? RoundingMode.HALF_UP : settings.roundingMode());
	}

}
