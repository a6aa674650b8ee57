package com.guanjia.inspections;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One checklist item as found on a visit: the item's words, trade and weight copied from
 * the template revision the round used, the outcome and a note.
 */
public record ItemResult(int position, String text, Trade trade, BigDecimal weight, Outcome outcome,
		@Nullable String note) {
}
