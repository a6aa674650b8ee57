package com.guanjia.notifications.web;

import java.util.List;

import com.guanjia.estate.CommunityDirectory;
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

	private final CommunityDirectory communities;

	NotificationController(Notifications notifications, CommunityDirectory communities) {
		this.notifications = notifications;
		this.communities = communities;
	}

	@GetMapping("/notifications")
	String inbox(Model model) {
		List<NotificationView> inbox = notifications.inbox(false, 100);
		model.addAttribute("notifications", inbox);
		// Each notice's time in its own community's zone (issue 10 item 19).
		model.addAttribute("zones",
				communities.timeZones(inbox.stream().map(NotificationView::communityId).distinct().toList()));
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
