package com.guanjia.estate;

import org.jspecify.annotations.Nullable;

/** A parking space and, when sold or rented with a unit, that unit's label. */
public record ParkingSpaceView(long id, long communityId, String code, @Nullable String zone, ParkingState state,
		@Nullable Long unitId, @Nullable String unitLabel, int version) {
}
