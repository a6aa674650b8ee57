package com.guanjia.goods;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** One line of a pass's history: the step, the status it left, when, who, why. */
@Schema(name = "GoodsPassHistoryLine") // another class is named HistoryLine
public record HistoryLine(GoodsPassAction action, GoodsPassStatus status, Instant at, String actor,
		@Nullable String note) {
}
