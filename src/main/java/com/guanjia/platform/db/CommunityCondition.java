package com.guanjia.platform.db;

import java.util.Collection;

/**
 * A search's community condition over the staff member's communities, bound as the named
 * parameter {@code :c}. One community (the usual case) is compared as a scalar, so the
 * planner can put {@code community_id = $1} into the index condition of the composite
 * (community_id, …) indexes, trigram ones included, and a sharded deployment can route
 * the statement to one shard; several communities fall back to {@code = any(:c)}.
 */
public final class CommunityCondition {

	private CommunityCondition() {
	}

	/** {@code column = :c} for one community, {@code column = any(:c)} for several. */
	public static String on(String column, Collection<Long> communityIds) {
		return communityIds.size() == 1 ? column + " = :c" : column + " = any(:c)";
	}

	/** The value to bind to {@code :c}: the one id, or an array of them. */
	public static Object value(Collection<Long> communityIds) {
		return communityIds.size() == 1 ? communityIds.iterator().next() : communityIds.toArray(Long[]::new);
	}

}
