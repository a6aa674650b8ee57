package com.guanjia.estate;

import org.jspecify.annotations.Nullable;

/** A building (楼栋) with how many units it holds. */
public record BuildingView(long id, long communityId, String code, String name, @Nullable Integer floors,
		long unitCount, int version) {
}
