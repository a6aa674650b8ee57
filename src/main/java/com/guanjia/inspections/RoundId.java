package com.guanjia.inspections;

import com.guanjia.shared.CommunityId;

import org.springframework.modulith.NamedInterface;

/** The id of a round, with its community. */
@NamedInterface("api")
public record RoundId(CommunityId community, long value) {

	public static RoundId of(long communityId, long value) {
		return new RoundId(CommunityId.of(communityId), value);
	}

	public long communityId() {
		return community.value();
	}

}
