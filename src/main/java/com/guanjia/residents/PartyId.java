package com.guanjia.residents;

import com.guanjia.shared.CommunityId;

/**
 * A person or company of a community, always named with its community so lookups stay in
 * one shard.
 */
public record PartyId(CommunityId community, long value) {

	public static PartyId of(long communityId, long partyId) {
		return new PartyId(CommunityId.of(communityId), partyId);
	}

	public long communityId() {
		return community.value();
	}

}
