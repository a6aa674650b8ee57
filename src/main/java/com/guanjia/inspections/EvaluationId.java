package com.guanjia.inspections;

import com.guanjia.shared.CommunityId;

/** The id of a contractor evaluation (one revision), with its community. */
public record EvaluationId(CommunityId community, long value) {

	public static EvaluationId of(long communityId, long value) {
		return new EvaluationId(CommunityId.of(communityId), value);
	}

	public long communityId() {
		return community.value();
	}

}
