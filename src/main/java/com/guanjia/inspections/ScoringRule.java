package com.guanjia.inspections;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A contractor's month-end score as data (R11.4): the base (100) minus, for each failed
 * item of the contractor's trade in the areas it covers, the deduction times the item's
 * weight, times the overdue factor (2: counting double) when its rectification was
 * overdue; never below the floor (0). Scores are kept to two places, half up.
 */
public record ScoringRule(BigDecimal base, BigDecimal deduction, BigDecimal overdueFactor, BigDecimal floor) {

	public static final ScoringRule DEFAULT = new ScoringRule(new BigDecimal("100"), new BigDecimal("2"),
			new BigDecimal("2"), BigDecimal.ZERO);

	/** The points one failed item takes off. */
	public BigDecimal points(BigDecimal weight, boolean overdue) {
		BigDecimal points = deduction.multiply(weight);
		return (overdue ? points.multiply(overdueFactor) : points).setScale(2, RoundingMode.HALF_UP);
	}

	/** The points all the failed items take off. */
	public BigDecimal deducted(List<Deduction> found) {
		return found.stream()
			.map(d -> points(d.weight(), d.overdue()))
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(2, RoundingMode.HALF_UP);
	}

	public BigDecimal score(List<Deduction> found) {
		return base.subtract(deducted(found)).max(floor).setScale(2, RoundingMode.HALF_UP);
	}

}
