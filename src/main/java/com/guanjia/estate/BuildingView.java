package com.guanjia.estate;

import com.guanjia.shared.Retirement;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A building (楼栋) with how many units it holds (retired ones included);
 * {@code retirement} is set when it is out of service (decision 0014).
 */
@NamedInterface("api")
public record BuildingView(long id, long communityId, String code, String name, @Nullable Integer floors,
		long unitCount, int version, @Nullable Retirement retirement) {

	public boolean retired() {
		return retirement != null;
	}

}
