package com.guanjia.carpark;

import com.guanjia.shared.CommunityId;

/** The id of a parking card, with its community. */
public record CardId(CommunityId community, long value) {

	public static CardId of(long communityId, long value) {
		return new CardId(CommunityId.of(communityId), value);
	}

	public long communityId() {
		return community.value();
	}

}
