package com.guanjia.inspections;

import com.guanjia.shared.CommunityId;

/** The id of a finding, with its community. */
public record FindingId(CommunityId community, long value) {

	public static FindingId of(long communityId, long value) {
		return new FindingId(CommunityId.of(communityId), value);
	}

	public long communityId() {
		return community.value();
	}

}
