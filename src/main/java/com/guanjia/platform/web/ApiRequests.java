package com.guanjia.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which requests belong to the JSON API: every path under {@code /api/}. The API answers
 * problem details and keeps no session, whichever controller serves the path (issue 9
 * item 13).
 */
public final class ApiRequests {

	/** The paths of the API, as a Spring path pattern. */
	public static final String PATTERN = "/api/**";

	private ApiRequests() {
	}

	public static boolean is(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/api") || path.startsWith("/api/");
	}

}
