package com.guanjia.movein;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One line of a move-in case's or an acceptance's history: a step, when, by whom. */
public record MoveInHistoryLine(String actionKey, Instant at, String actor, @Nullable String note) {
}
