package com.guanjia.carpark;

import com.guanjia.shared.CommunityId;

/** The id of a shift handover log, with its community. */
public record ShiftLogId(CommunityId community, long value) {

	public static ShiftLogId of(long communityId, long value) {
		return new ShiftLogId(CommunityId.of(communityId), value);
	}

	public long communityId() {
		return community.value();
	}

}
