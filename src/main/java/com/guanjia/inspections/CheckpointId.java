package com.guanjia.inspections;

import com.guanjia.shared.CommunityId;

/** The id of a checkpoint of a route, with its community. */
public record CheckpointId(CommunityId community, long value) {

	public static CheckpointId of(long communityId, long value) {
		return new CheckpointId(CommunityId.of(communityId), value);
	}

	public long communityId() {
		return community.value();
	}

}
