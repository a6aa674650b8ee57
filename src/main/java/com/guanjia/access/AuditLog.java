package com.guanjia.access;

import java.util.List;

import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.audit.AuditTrail.AuditEntry;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit log (who changed what and when, issue 2 item 7): the entries of the
 * caller's communities only, and, for administrators, the global ones that belong to no
 * community (staff accounts).
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

	public static final int DEFAULT_LIMIT = 100;

	public static final int MAX_LIMIT = 500;

	private final AuditTrail trail;

	private final CommunityScope scope;

	AuditLog(AuditTrail trail, CommunityScope scope) {
		this.trail = trail;
		this.scope = scope;
	}

	/**
	 * What to look for; every part is optional. Without a community: all of the caller's
	 * communities.
	 */
	public record Filter(@Nullable Long communityId, @Nullable String entityType, @Nullable String entityId,
			@Nullable Integer limit) {

		int limitOrDefault() {
			return limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(limit, MAX_LIMIT));
		}

	}

	/** The latest entries matching the filter, newest first. */
	public List<AuditEntry> latest(Filter filter) {
		scope.require(Permission.AUDIT_READ);
		List<Long> communities = filter.communityId() == null ? scope.allowedIds()
				: List.of(scope.require(filter.communityId()).value());
		return trail.latest(communities, scope.has(Permission.STAFF_ADMIN), blankToNull(filter.entityType()),
				blankToNull(filter.entityId()), filter.limitOrDefault());
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
