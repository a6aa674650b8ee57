package com.guanjia.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.guanjia.estate.UnitState;
import com.guanjia.shared.Money;

import org.jspecify.annotations.Nullable;

/**
 * Turns a unit's facts, the standards and the month's consumption into bill lines
 * (R6.1–R6.3). Units not handed over (未售, or no handover date) are not charged; vacant
 * units are charged in full (to the owner); custodial units pay the custodial share of
 * the management fee.
 */
final class RunCalculator {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	record UnitFacts(long id, long buildingId, BigDecimal area, UnitState state, @Nullable LocalDate handover) {

		boolean chargeableIn(YearMonth month) {
			return state != UnitState.UNSOLD && handover != null && !handover.isAfter(month.atEndOfMonth());
		}

	}

	record LineDraft(long unitId, long buildingId, ChargeItem item, LocalDate period, BigDecimal quantity,
			BigDecimal rate, Money amount, String detail, LocalDate dueDate) {
	}

	/** Everything a run needs besides the units: read once, used for every chunk. */
	record Inputs(BillingSettings settings, Map<ChargeItem, StandardHistory> standards, List<YearMonth> months,
			Map<YearMonth, Map<Long, Map<ChargeItem, BigDecimal>>> consumption,
			Map<YearMonth, Map<ChargeItem, Map<Long, Money>>> shared, Map<Long, Integer> rentedSpaces,
			Map<Long, List<LateFee.Overdue>> overdue) {
	}

	private final Inputs in;

	RunCalculator(Inputs in) {
		this.in = in;
	}

	List<LineDraft> lines(UnitFacts unit) {
		List<LineDraft> lines = new ArrayList<>();
		YearMonth first = in.months().get(0);
		Money late = LateFee.of(in.overdue().getOrDefault(unit.id(), List.of()), first, in.settings());
		if (late.isPositive()) {
			lines.add(new LineDraft(unit.id(), unit.buildingId(), ChargeItem.LATE_FEE, first.atDay(1), BigDecimal.ONE,
					in.settings().lateFeeRate(), late, in.settings().lateFeeBasis().name(),
					first.atEndOfMonth().plusDays(in.settings().dueDays())));
		}
		for (YearMonth month : in.months()) {
			if (!unit.chargeableIn(month)) {
				continue;
			}
			LocalDate due = month.atEndOfMonth().plusDays(in.settings().dueDays());
			for (ChargeItem item : ChargeItem.values()) {
				StandardHistory history = in.standards().get(item);
				switch (item.basis()) {
					case AREA_MONTH -> timeLine(unit, month, item, unit.area(), history, due, lines);
					case UNIT_MONTH -> timeLine(unit, month, item, BigDecimal.ONE, history, due, lines);
					case SPACE_MONTH -> timeLine(unit, month, item,
							BigDecimal.valueOf(in.rentedSpaces().getOrDefault(unit.id(), 0)), history, due, lines);
					case METERED -> {
						if (history != null) {
							meteredLine(unit, month, item, history, due, lines);
						}
					}
					case SHARED -> {
						Money part = in.shared()
							.getOrDefault(month, Map.of())
							.getOrDefault(item, Map.of())
							.get(unit.id());
						if (part != null && part.isPositive()) {
							lines.add(new LineDraft(unit.id(), unit.buildingId(), item, month.atDay(1), unit.area(),
									BigDecimal.ZERO, part, "area " + unit.area(), due));
						}
					}
					case ONE_OFF -> {
					}
				}
			}
		}
		return lines;
	}

	/**
	 * A line charged by time (R6.1): the quantity (area, one unit, rented spaces) times
	 * the rate in force, prorated by day; nothing without a standard.
	 */
	private void timeLine(UnitFacts unit, YearMonth month, ChargeItem item, BigDecimal quantity,
			@Nullable StandardHistory history, LocalDate due, List<LineDraft> lines) {
		if (history == null) {
			return;
		}
		BigDecimal percent = item == ChargeItem.MANAGEMENT && unit.state() == UnitState.CUSTODIAL
				? in.settings().custodialPercent() : HUNDRED;
		TimeCharge.compute(quantity, month, unit.handover(), null, history, percent, in.settings().roundingMode())
			.filter(r -> r.amount().isPositive())
			.ifPresent(r -> lines.add(new LineDraft(unit.id(), unit.buildingId(), item, month.atDay(1), quantity,
					r.rate(), r.amount(), detail(r, percent), due)));
	}

	private void meteredLine(UnitFacts unit, YearMonth month, ChargeItem item, StandardHistory history, LocalDate due,
			List<LineDraft> lines) {
		BigDecimal used = in.consumption().getOrDefault(month, Map.of()).getOrDefault(unit.id(), Map.of()).get(item);
		if (used == null || used.signum() <= 0) {
			return;
		}
		// a price change takes effect for the month whose meter reading is taken after it
		history.on(month.atEndOfMonth()).ifPresent(standard -> {
			TieredPrice price = standard.price();
			Money amount = Money.rounded(price.cost(used), in.settings().roundingMode());
			if (amount.isPositive()) {
				lines.add(new LineDraft(unit.id(), unit.buildingId(), item, month.atDay(1), used, price.firstPrice(),
						amount, price.isFlat() ? "" : "tiered", due));
			}
		});
	}

	private static String detail(TimeCharge.Result r, BigDecimal percent) {
		String days = r.days() == r.daysInMonth() ? "" : r.days() + "/" + r.daysInMonth() + "d";
		String share = percent.compareTo(HUNDRED) == 0 ? "" : " " + percent.stripTrailingZeros().toPlainString() + "%";
		return (days + share).strip();
	}

	/**
	 * The shared (公摊) parts of each public meter's cost: the cost of its consumption at
	 * the shared item's standard, rounded to the fen, apportioned by area over the units
	 * of its building (or of the community) that are charged that month.
	 */
	static Map<ChargeItem, Map<Long, Money>> shared(List<UnitFacts> units, YearMonth month, List<PublicUse> publicUse,
			Map<ChargeItem, StandardHistory> standards, BillingSettings settings) {
		Map<ChargeItem, Map<Long, Money>> result = new EnumMap<>(ChargeItem.class);
		for (PublicUse use : publicUse) {
			StandardHistory history = standards.get(use.item());
			if (history == null) {
				continue;
			}
			var standard = history.on(month.atEndOfMonth());
			if (standard.isEmpty()) {
				continue;
			}
			Money cost = Money.rounded(standard.get().price().cost(use.quantity()), settings.roundingMode());
			List<Apportionment.Share> shares = units.stream()
				.filter(u -> u.chargeableIn(month))
				.filter(u -> use.buildingId() == null || u.buildingId() == use.buildingId())
				.map(u -> new Apportionment.Share(u.id(), u.area()))
				.toList();
			Map<Long, Money> parts = result.computeIfAbsent(use.item(), k -> new HashMap<>());
			Apportionment.byWeight(cost, shares).forEach((unitId, part) -> parts.merge(unitId, part, Money::plus));
		}
		return result;
	}

	/** One public meter's consumption of a month, as the shared item it is billed as. */
	record PublicUse(ChargeItem item, @Nullable Long buildingId, BigDecimal quantity) {
	}

}
