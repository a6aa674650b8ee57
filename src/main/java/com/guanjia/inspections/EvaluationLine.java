package com.guanjia.inspections;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One deduction of an evaluation: the failed item, when and where, and the points it
 * took.
 */
public record EvaluationLine(int lineNo, Instant visitedAt, String place, String item, BigDecimal weight,
		boolean overdue, BigDecimal points) {
}
