package com.guanjia.carpark;

import com.guanjia.shared.CommunityId;

/** The id of a vehicle's stay in the car park, with its community. */
public record StayId(CommunityId community, long value) {

	public static StayId of(long communityId, long value) {
		return new StayId(CommunityId.of(communityId), value);
	}

	public long communityId() {
		return community.value();
	}

}
