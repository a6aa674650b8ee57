package com.guanjia.notifications.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.notifications.MessageOutbox;
import com.guanjia.notifications.OutboxMessage;
import com.guanjia.notifications.OutboxStatus;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Htmx;
import com.guanjia.platform.web.Messages;
import com.guanjia.shared.ResultPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervisors' outbox page (MESSAGE_OUTBOX): the current community's SMS and e-mail
 * with their delivery status, times in the community's zone, and a button to send a
 * failed one again.
 */
@Controller
class OutboxPageController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private final MessageOutbox outbox;

	private final CurrentCommunity current;

	private final CommunityDirectory communities;

	private final Messages messages;

	OutboxPageController(MessageOutbox outbox, CurrentCommunity current, CommunityDirectory communities,
			Messages messages) {
		this.outbox = outbox;
		this.current = current;
		this.communities = communities;
		this.messages = messages;
	}

	/** A message as the page shows it, its times in the community's zone. */
	record Row(OutboxMessage message, String created, @Nullable String sentAt, @Nullable String nextAttempt,
			String badge) {

		static Row of(OutboxMessage m, ZoneId zone) {
			return new Row(m, format(m.createdAt(), zone), m.sentAt() == null ? null : format(m.sentAt(), zone),
					m.nextAttemptAt() == null || m.status().delivered() ? null : format(m.nextAttemptAt(), zone),
					badge(m.status()));
		}

		private static String format(Instant at, ZoneId zone) {
			return TIME.format(at.atZone(zone));
		}

		private static String badge(OutboxStatus status) {
			return switch (status) {
				case SENT -> "text-bg-success";
				case LOGGED -> "text-bg-secondary";
				case PENDING, SENDING -> "text-bg-info";
				case RETRY, THROTTLED -> "text-bg-warning";
				case FAILED -> "text-bg-danger";
			};
		}

	}

	@GetMapping("/outbox")
	String list(@RequestParam(required = false) @Nullable OutboxStatus status,
			@RequestParam(required = false) @Nullable Integer page, HttpSession session, HttpServletRequest request,
			Model model) {
		long communityId = current.id(session);
		ResultPage<OutboxMessage> messages = outbox.list(communityId, status, ResultPage.Request.of(page, 50));
		ZoneId zone = communities.timeZone(communityId);
		List<Row> rows = messages.items().stream().map(m -> Row.of(m, zone)).toList();
		model.addAttribute("rows", rows);
		model.addAttribute("page", messages);
		model.addAttribute("status", status);
		model.addAttribute("statuses", OutboxStatus.values());
		return Htmx.view(request, "notifications/outbox", "results");
	}

	@PostMapping("/outbox/{id}/retry")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		OutboxMessage message = outbox.retry(id);
		redirect.addFlashAttribute("flash", messages.get("outbox.retried", message.text()));
		return "redirect:/outbox#message-" + id;
	}

}
