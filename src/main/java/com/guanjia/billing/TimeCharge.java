package com.guanjia.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import com.guanjia.shared.Money;

import org.jspecify.annotations.Nullable;

/**
 * A time-based charge of one unit for one month (R6.1): management fee, heating, lift
 * light, parking. The exact amount is
 *
 * <pre>
 *   Σ over rate segments (quantity × rate × days charged at that rate) × percent
 *   ───────────────────────────────────────────────────────────────────────────
 *                         days of the month × 100
 * </pre>
 *
 * rounded <em>once</em>, to the fen, with the community's rule (half-up by default). Days
 * are charged from the handover date (inclusive) to the end date, if any (inclusive), so
 * the first and last month are prorated by day. {@code percent} is 100, or the custodial
 * share (70) for the management fee of a custodial unit.
 */
final class TimeCharge {

	private TimeCharge() {
	}

	record Result(BigDecimal quantity, BigDecimal rate, long days, int daysInMonth, Money amount) {
	}

	static Optional<Result> compute(BigDecimal quantity, YearMonth month, LocalDate chargedFrom,
			@Nullable LocalDate chargedUntil, StandardHistory standards, BigDecimal percent, RoundingMode rounding) {
		LocalDate first = later(month.atDay(1), chargedFrom);
		LocalDate last = chargedUntil == null ? month.atEndOfMonth() : earlier(month.atEndOfMonth(), chargedUntil);
		if (first.isAfter(last) || quantity.signum() <= 0) {
			return Optional.empty();
		}
		List<StandardHistory.Segment> segments = standards.segments(first, last);
		if (segments.isEmpty()) {
			return Optional.empty();
		}
		BigDecimal numerator = BigDecimal.ZERO;
		long days = 0;
		for (StandardHistory.Segment s : segments) {
			numerator = numerator.add(quantity.multiply(s.standard().rate()).multiply(BigDecimal.valueOf(s.days())));
			days += s.days();
		}
		int daysInMonth = month.lengthOfMonth();
		BigDecimal exact = numerator.multiply(percent);
		Money amount = Money.of(exact.divide(BigDecimal.valueOf(daysInMonth * 100L), 2, rounding));
		BigDecimal lastRate = segments.get(segments.size() - 1).standard().rate();
		return Optional.of(new Result(quantity, lastRate, days, daysInMonth, amount));
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate earlier(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
