package com.guanjia.inspections;

import com.guanjia.shared.CommunityId;

/** The id of a checklist template (one revision), with its community. */
public record TemplateId(CommunityId community, long value) {

	public static TemplateId of(long communityId, long value) {
		return new TemplateId(CommunityId.of(communityId), value);
	}

	public long communityId() {
		return community.value();
	}

}
