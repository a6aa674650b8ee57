package com.guanjia.estate;

import com.guanjia.shared.CommunityId;

import org.springframework.modulith.NamedInterface;

/** A unit, always named with its community so lookups stay inside one shard. */
@NamedInterface("api")
public record UnitId(CommunityId community, long value) {

	public static UnitId of(long communityId, long unitId) {
		return new UnitId(CommunityId.of(communityId), unitId);
	}

	public long communityId() {
		return community.value();
	}

}
