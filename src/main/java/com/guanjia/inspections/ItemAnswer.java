package com.guanjia.inspections;

import org.jspecify.annotations.Nullable;

/**
 * The butler's answer to one checklist item: pass, fail or not applicable, and a note.
 */
public record ItemAnswer(int position, @Nullable Outcome outcome, @Nullable String note) {
}
