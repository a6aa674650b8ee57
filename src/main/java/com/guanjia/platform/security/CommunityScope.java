package com.guanjia.platform.security;

import java.util.List;

import com.guanjia.shared.CommunityId;
import com.guanjia.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;

/**
 * The communities the current caller works for, and what they may do. Every module's
 * service consults it on every read and write: queries are filtered by
 * {@link #allowedIds()}, and a request naming a community outside it is refused.
 */
public interface CommunityScope {

	/** Ids of the communities the caller may see; empty when nobody is signed in. */
	List<Long> allowedIds();

	default boolean allows(long communityId) {
		return allowedIds().contains(communityId);
	}

	/** Refuses (403) a request that names a community the caller does not work for. */
	default CommunityId require(long communityId) {
		if (!allows(communityId)) {
			throw new AccessDeniedException("community " + communityId + " is outside the caller's scope");
		}
		return CommunityId.of(communityId);
	}

	/**
	 * For a record found by id: answers 404 when it lies outside the caller's
	 * communities.
	 */
	default void requireVisible(long communityId, String what, Object id) {
		if (!allows(communityId)) {
			throw new NotFoundException(what, id);
		}
	}

	boolean has(Permission permission);

	/** Refuses (403) when the caller lacks the permission. */
	default void require(Permission permission) {
		if (!has(permission)) {
			throw new AccessDeniedException("missing permission " + permission);
		}
	}

	/** The signed-in staff member's id, or 0 for the system. */
	long staffId();

	/** The signed-in staff member's username, or "system". */
	String actor();

}
