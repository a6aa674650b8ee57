package com.guanjia.estate;

import java.math.BigDecimal;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/** A community as other modules and the web layer see it. */
public record CommunityView(long id, String code, String name, @Nullable String address, ZoneId timeZone,
		@Nullable BigDecimal managementFeeRate, int version) {
}
