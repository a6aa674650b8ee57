package com.guanjia.estate;

import com.guanjia.shared.Retirement;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A parking space and, when sold or rented with a unit, that unit's label;
 * {@code retirement} is set when it is out of service (decision 0014).
 */
@NamedInterface("api")
public record ParkingSpaceView(long id, long communityId, String code, @Nullable String zone, ParkingState state,
		@Nullable Long unitId, @Nullable String unitLabel, int version, @Nullable Retirement retirement) {

	public boolean retired() {
		return retirement != null;
	}

}
