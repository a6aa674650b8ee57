package com.guanjia.inspections;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A failed item that counts against a contractor: when and where it was found, the item,
 * its weight and whether its rectification was overdue at the period's end.
 */
public record Deduction(Instant visitedAt, String place, String item, BigDecimal weight, boolean overdue) {
}
