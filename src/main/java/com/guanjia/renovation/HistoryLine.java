package com.guanjia.renovation;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One step in the history of a renovation, a pass, an approval, a test, a violation or a
 * goods pass: when, who, the step and the states as message keys, a note.
 */
@Schema(name = "RenovationHistoryLine")
public record HistoryLine(Instant at, String actor, String action, String actionKey, @Nullable String fromKey,
		String toKey, @Nullable String note) {
}
