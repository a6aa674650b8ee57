package com.guanjia.access;

import java.util.List;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.platform.security.StaffUser;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The communities of the signed-in staff member, read from the database once per request
 * (so an administrator's change applies at once): an administrator sees every community,
 * everyone else the ones they are assigned to.
 */
@Component
class StaffCommunityScope implements CommunityScope {

	private static final String MEMO = StaffCommunityScope.class.getName();

	private final StaffRepository staff;

	private final CommunityDirectory communities;

	StaffCommunityScope(StaffRepository staff, CommunityDirectory communities) {
		this.staff = staff;
		this.communities = communities;
	}

	@Override
	public List<Long> allowedIds() {
		StaffUser user = user();
		if (user == null) {
			return List.of();
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = key(user);
		if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof List<?> memo) {
			@SuppressWarnings("unchecked")
			List<Long> ids = (List<Long>) memo;
			return ids;
		}
		List<Long> ids = user.isAdmin() ? communities.allIds() : staff.communityIds(user.staffId());
		if (request != null) {
			request.setAttribute(key, ids, RequestAttributes.SCOPE_REQUEST);
		}
		return ids;
	}

	private static String key(StaffUser user) {
		return MEMO + "." + user.staffId();
	}

	/**
	 * Memoises the assignments that {@link BearerTokenFilter} read with the token, in
	 * this request only. An administrator's scope (every community) is left to
	 * {@link #allowedIds()}.
	 */
	static void remember(HttpServletRequest request, StaffUser user, List<Long> communityIds) {
		if (!user.isAdmin()) {
			request.setAttribute(key(user), communityIds);
		}
	}

	@Override
	public boolean has(Permission permission) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getAuthorities().stream().anyMatch(a -> permission.name().equals(a.getAuthority()));
	}

	@Override
	public long staffId() {
		StaffUser user = user();
		return user == null ? 0 : user.staffId();
	}

	@Override
	public String actor() {
		StaffUser user = user();
		return user == null ? "system" : user.getUsername();
	}

	private static StaffUser user() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof StaffUser user ? user : null;
	}

}
