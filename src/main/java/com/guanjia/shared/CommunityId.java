package com.guanjia.shared;

/**
 * The community (项目/小区) a business row belongs to. It is the key every query is scoped by
 * and the distribution column of a sharded deployment.
 */
public record CommunityId(long value) {

	public CommunityId {
		if (value <= 0) {
			throw new IllegalArgumentException("community id must be positive");
		}
	}

	public static CommunityId of(long value) {
		return new CommunityId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}

}
