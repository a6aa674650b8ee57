package com.guanjia.platform.web;

import java.util.List;

import com.guanjia.platform.security.CommunityScope;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The community a console user is working in, chosen in the navigation bar and kept in
 * the (database-backed) session. Always one the user may see.
 */
@Component
public class CurrentCommunity {

	static final String ATTRIBUTE = "guanjia.community";

	private final CommunityScope scope;

	CurrentCommunity(CommunityScope scope) {
		this.scope = scope;
	}

	public long id(HttpSession session) {
		List<Long> allowed = scope.allowedIds();
		Object chosen = session.getAttribute(ATTRIBUTE);
		if (chosen instanceof Long id && allowed.contains(id)) {
			return id;
		}
		if (allowed.isEmpty()) {
			throw new AccessDeniedException("no community assigned");
		}
		session.setAttribute(ATTRIBUTE, allowed.get(0));
		return allowed.get(0);
	}

	public void choose(HttpSession session, long communityId) {
		scope.require(communityId);
		session.setAttribute(ATTRIBUTE, communityId);
	}

}
