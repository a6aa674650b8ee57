package com.guanjia.movein;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of a move-in case's or an acceptance's history: a step, when, by whom (the
 * username and the staff member's display name; none for the system), and its note.
 */
public record MoveInHistoryLine(String actionKey, Instant at, String actor, @Nullable String actorName,
		@Nullable String note) {

	/** A line as stored, before the actor's name is looked up. */
	MoveInHistoryLine(String actionKey, Instant at, String actor, @Nullable String note) {
		this(actionKey, at, actor, null, note);
	}

	MoveInHistoryLine named(@Nullable String name) {
		return new MoveInHistoryLine(actionKey, at, actor, name, note);
	}

}
