package com.guanjia.keys;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One line of an item's or a letter's history: the step's message key, when, who. */
public record HistoryLine(String actionKey, Instant at, String actor, @Nullable String note) {
}
