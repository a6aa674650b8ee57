package com.guanjia.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One line of a unit's events log. {@code args} fill the kind's message
 * ({@code archive.event.KIND}); an argument starting with '#' is itself a message key (a
 * unit state, a transfer reason).
 */
public record UnitEventView(long id, long communityId, long unitId, LocalDate occurredOn, UnitEventKind kind,
		List<String> args, @Nullable String note, String actor, Instant recordedAt) {
}
