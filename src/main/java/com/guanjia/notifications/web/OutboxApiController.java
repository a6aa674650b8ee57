package com.guanjia.notifications.web;

import java.util.List;

import com.guanjia.notifications.MessageOutbox;
import com.guanjia.notifications.OutboxMessage;
import com.guanjia.notifications.OutboxStatus;
import com.guanjia.shared.ResultPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "notification outbox", description = "SMS and e-mail sent by the system and their delivery status")
class OutboxApiController {

	private final MessageOutbox outbox;

	OutboxApiController(MessageOutbox outbox) {
		this.outbox = outbox;
	}

	/** A message with its attempts. */
	record Detail(OutboxMessage message, List<OutboxMessage.Attempt> attempts) {
	}

	@GetMapping("/api/notification-outbox")
	@Operation(summary = "A community's outbox, newest first",
			description = "Each SMS and e-mail with its delivery status (PENDING, SENDING, SENT, LOGGED, RETRY, "
					+ "THROTTLED, FAILED), attempts, last error and next attempt; optionally of one status. "
					+ "Needs MESSAGE_OUTBOX (supervisors, managers).")
	ResultPage<OutboxMessage> list(@RequestParam long communityId, @RequestParam(required = false) OutboxStatus status,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return outbox.list(communityId, status, ResultPage.Request.of(page, size));
	}

	@GetMapping("/api/notification-outbox/{id}")
	@Operation(summary = "One message and every attempt to deliver it")
	Detail get(@PathVariable long id) {
		return new Detail(outbox.get(id), outbox.attempts(id));
	}

	@PostMapping("/api/notification-outbox/{id}/retry")
	@Operation(summary = "Send a failed message again",
			description = "Due at once with a fresh set of attempts; 422 when the message has not failed.")
	OutboxMessage retry(@PathVariable long id) {
		return outbox.retry(id);
	}

}
