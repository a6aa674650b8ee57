package com.guanjia.meters;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A reading as pages and the API show it; {@code period} is the month's first day (null
 * for a base reading).
 */
@NamedInterface("api")
public record ReadingView(long id, long communityId, long meterId, String meterCode, MeterKind kind,
		@Nullable Long unitId, boolean base, @Nullable LocalDate period, BigDecimal reading,
		@Nullable BigDecimal previous, @Nullable BigDecimal consumption, @Nullable BigDecimal replacedFinal,
		@Nullable BigDecimal replacedInitial, ReadingStatus status, @Nullable HoldReason holdReason, LocalDate readOn,
		@Nullable String ownerConfirmed, @Nullable String note, String enteredBy, int version) {
}
