package com.guanjia.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/** Helpers for pages that return the whole page or, to htmx, one named fragment. */
public final class Htmx {

	private Htmx() {
	}

	public static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

	/**
	 * The full view, or its fragment when htmx asked (e.g. "estate/units :: results").
	 */
	public static String view(HttpServletRequest request, String page, String fragment) {
		return isHtmx(request) && !"true".equals(request.getHeader("HX-Boosted")) ? page + " :: " + fragment : page;
	}

}
