package com.guanjia.notifications.web;

import java.util.List;

import com.guanjia.notifications.NotificationView;
import com.guanjia.notifications.Notifications;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The inbox page, its unread count for the navigation bar, and the same as JSON. */
@Controller
class NotificationController {

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String inbox(Model model) {
		model.addAttribute("notifications", notifications.inbox(false, 100));
		return "notifications/inbox";
	}

	@PostMapping("/notifications/{id}/read")
	String read(@PathVariable long id) {
		notifications.markRead(id);
		return "redirect:/notifications";
	}

	@GetMapping("/notifications/count")
	@ResponseBody
	String count() {
		long n = notifications.unread();
		return n == 0 ? "" : Long.toString(n);
	}

	@GetMapping("/api/notifications")
	@ResponseBody
	List<NotificationView> api(@RequestParam(defaultValue = "false") boolean unreadOnly) {
		return notifications.inbox(unreadOnly, 200);
	}

	@PostMapping("/api/notifications/{id}/read")
	@ResponseBody
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void apiRead(@PathVariable long id) {
		notifications.markRead(id);
	}

}
