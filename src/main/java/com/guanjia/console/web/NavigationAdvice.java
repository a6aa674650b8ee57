package com.guanjia.console.web;

import java.util.List;
import java.util.Map;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Adds what the navigation bar shows to every full page: the user and the community
 * switcher.
 */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

	private final CommunityScope scope;

	private final CommunityDirectory communities;

	private final CurrentCommunity current;

	NavigationAdvice(CommunityScope scope, CommunityDirectory communities, CurrentCommunity current) {
		this.scope = scope;
		this.communities = communities;
		this.current = current;
	}

	/** What the navigation bar needs. */
	record Nav(String displayName, long communityId, String communityName, Map<Long, String> communities) {
	}

	@ModelAttribute("nav")
	@Nullable Nav nav(HttpServletRequest request) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (!(auth != null && auth.getPrincipal() instanceof StaffUser user) || Htmx.isHtmx(request)
				|| isApi(request)) {
			return null;
		}
		List<Long> allowed = scope.allowedIds();
		if (allowed.isEmpty()) {
			return new Nav(user.displayName(), 0, "", Map.of());
		}
		long id = current.id(request.getSession());
		Map<Long, String> names = communities.names(allowed);
		return new Nav(user.displayName(), id, names.getOrDefault(id, ""), names);
	}

	/**
	 * {@code @RestController}s are {@code @Controller}s too, so this advice sees API
	 * calls; they need no navigation, and reading the current community would open a
	 * session for every bearer-token request.
	 */
	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
