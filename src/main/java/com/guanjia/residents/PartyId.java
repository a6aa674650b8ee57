package com.guanjia.residents;

import com.guanjia.shared.CommunityId;

import org.springframework.modulith.NamedInterface;

/**
 * A person or company of a community, always named with its community so lookups stay in
 * one shard.
 */
@NamedInterface("api")
public record PartyId(CommunityId community, long value) {

	public static PartyId of(long communityId, long partyId) {
		return new PartyId(CommunityId.of(communityId), partyId);
	}

	public long communityId() {
		return community.value();
	}

}
