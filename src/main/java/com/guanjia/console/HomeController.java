package com.guanjia.console;

import java.util.Map;

import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitState;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.web.CurrentCommunity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

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
	 * on.
	 */
	@PostMapping("/community")
	String switchCommunity(@RequestParam long communityId, HttpServletRequest request) {
		current.choose(request.getSession(), communityId);
		String back = request.getHeader("Referer");
		return "redirect:"
				+ (back != null && back.startsWith(request.getScheme() + "://" + request.getServerName()) ? back : "/");
	}

}
