package com.guanjia.inspections;

import com.guanjia.shared.CommunityId;

/** The id of a round, with its community. */
public record RoundId(CommunityId community, long value) {

	public static RoundId of(long communityId, long value) {
		return new RoundId(CommunityId.of(communityId), value);
	}

	public long communityId() {
		return community.value();
	}

}
