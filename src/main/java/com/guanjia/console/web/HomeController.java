package com.guanjia.console.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitState;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.web.CurrentCommunity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class HomeController {

	private final UnitManagement units;

	private final CurrentCommunity current;

	private final CommunityScope scope;

	HomeController(UnitManagement units, CurrentCommunity current, CommunityScope scope) {
		this.units = units;
		this.current = current;
		this.scope = scope;
	}

	@GetMapping("/")
	String home(HttpSession session, Model model) {
		if (!scope.allowedIds().isEmpty()) {
			long communityId = current.id(session);
			Map<UnitState, Long> byState = units.countByState(communityId);
			model.addAttribute("unitsByState", byState);
			model.addAttribute("unitTotal", byState.values().stream().mapToLong(Long::longValue).sum());
		}
		return "console/home";
	}

	/**
	 * Switches the community the console works in, then returns to the page the user was
	 * on: only ever a path on this server (issue 9 item 11), else the home page.
	 */
	@PostMapping("/community")
	String switchCommunity(@RequestParam long communityId, HttpServletRequest request) {
		current.choose(request.getSession(), communityId);
		return "redirect:" + localPath(request.getHeader("Referer"), request.getServerName(), request.getContextPath());
	}

	/**
	 * The path and query of {@code referer} when it names a page of this server (an
	 * http(s) address of this host, or a path), relative to the context path; else
	 * {@code "/"}. A path must start with a single {@code /}: {@code //host} and
	 * {@code /\host} are addresses of another server to a browser.
	 */
	static String localPath(@Nullable String referer, String serverName, String contextPath) {
		if (referer == null || referer.isBlank()) {
			return "/";
		}
		URI uri;
		try {
			uri = new URI(referer);
		}
		catch (URISyntaxException ex) {
			return "/";
		}
		if (uri.isOpaque()) {
			return "/";
		}
		if (uri.getScheme() != null || uri.getRawAuthority() != null) {
			boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
			if (!web || uri.getRawUserInfo() != null || !serverName.equalsIgnoreCase(uri.getHost())) {
				return "/";
			}
		}
		String path = uri.getRawPath();
		if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
			return "/";
		}
		if (!contextPath.isEmpty()) {
			if (!path.startsWith(contextPath + "/")) {
				return "/";
			}
			path = path.substring(contextPath.length());
		}
		return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
	}

}
