package com.guanjia.access.web;

import java.time.Duration;

import com.guanjia.access.LoginThrottledException;
import com.guanjia.access.LoginWait;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	/**
	 * The login page; after a throttled attempt it says how long to wait (issue 9 item
	 * 8).
	 */
	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(LoginThrottledException.WAIT_SECONDS) instanceof Long seconds) {
			model.addAttribute("wait", LoginWait.of(Duration.ofSeconds(seconds)));
		}
		return "access/login";
	}

}
