package com.guanjia.carpark;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One line of a car-park record's history: the step, who, when, from which state to
 * which.
 */
@Schema(name = "CarparkHistoryLine") // another class is named HistoryLine
public record HistoryLine(Instant at, String actor, String action, @Nullable String from, String to,
		@Nullable String note) {
}
