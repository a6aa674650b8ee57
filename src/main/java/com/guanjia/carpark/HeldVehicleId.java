package com.guanjia.carpark;

import com.guanjia.shared.CommunityId;

/** The id of a held vehicle, with its community. */
public record HeldVehicleId(CommunityId community, long value) {

	public static HeldVehicleId of(long communityId, long value) {
		return new HeldVehicleId(CommunityId.of(communityId), value);
	}

	public long communityId() {
		return community.value();
	}

}
