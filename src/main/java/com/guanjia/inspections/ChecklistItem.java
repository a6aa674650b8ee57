package com.guanjia.inspections;

import java.math.BigDecimal;

import org.springframework.modulith.NamedInterface;

/**
 * One item of a checklist template (R11.2): its words, who puts a failure right and its
 * weight in the contractor's score.
 */
@NamedInterface("api")
public record ChecklistItem(int position, String text, Trade trade, BigDecimal weight) {
}
