package com.guanjia.inspections;

import com.guanjia.shared.CommunityId;

/** The id of a rectification notice, with its community. */
public record RectificationId(CommunityId community, long value) {

	public static RectificationId of(long communityId, long value) {
		return new RectificationId(CommunityId.of(communityId), value);
	}

	public long communityId() {
		return community.value();
	}

}
