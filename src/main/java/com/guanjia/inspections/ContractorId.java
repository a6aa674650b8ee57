package com.guanjia.inspections;

import com.guanjia.shared.CommunityId;

/** The id of a contractor, with its community. */
public record ContractorId(CommunityId community, long value) {

	public static ContractorId of(long communityId, long value) {
		return new ContractorId(CommunityId.of(communityId), value);
	}

	public long communityId() {
		return community.value();
	}

}
