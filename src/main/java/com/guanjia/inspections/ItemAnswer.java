package com.guanjia.inspections;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * The butler's answer to one checklist item: pass, fail or not applicable, and a note.
 */
@NamedInterface("api")
public record ItemAnswer(int position, @Nullable Outcome outcome, @Nullable String note) {
}
