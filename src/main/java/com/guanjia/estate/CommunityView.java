package com.guanjia.estate;

import java.math.BigDecimal;
import java.time.ZoneId;

import com.guanjia.shared.Retirement;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A community as other modules and the web layer see it; {@code retirement} is set when
 * the company no longer manages it (decision 0014).
 */
@NamedInterface("api")
public record CommunityView(long id, String code, String name, @Nullable String address, ZoneId timeZone,
		@Nullable BigDecimal managementFeeRate, int version, @Nullable Retirement retirement) {

	public boolean retired() {
		return retirement != null;
	}

}
