package com.guanjia.inspections;

import java.math.BigDecimal;

/**
 * One item of a checklist template (R11.2): its words, who puts a failure right and its
 * weight in the contractor's score.
 */
public record ChecklistItem(int position, String text, Trade trade, BigDecimal weight) {
}
