package com.guanjia.keys.web;

import java.util.List;

import com.guanjia.keys.HistoryLine;
import com.guanjia.keys.KeyCommands.LogMail;
import com.guanjia.keys.MailDesk;
import com.guanjia.keys.MailKind;
import com.guanjia.keys.MailView;
import com.guanjia.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Letters and parcels at the desk as JSON (R10.3). */
@RestController
@RequestMapping("/api/mail-items")
@Tag(name = "mail", description = "Letters and parcels logged per unit, the resident told once, handed over (R10.3)")
class MailApiController {

	private final MailDesk mail;

	MailApiController(MailDesk mail) {
		this.mail = mail;
	}

	record LogRequest(@Nullable Long communityId, @Nullable Long unitId, @Nullable MailKind kind,
			@Nullable String addressee, @Nullable String sender, @Nullable String trackingNo) {
	}

	@GetMapping
	@Operation(summary = "What waits at the desk, the oldest first, with its age in days")
	List<MailView> waiting(@RequestParam long communityId) {
		return mail.waiting(communityId);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Logs a letter or parcel for a unit; its owners are told once by SMS")
	MailView log(@RequestBody LogRequest r) {
		return mail.log(ValidationException.required("communityId", r.communityId()),
				new LogMail(r.unitId(), r.kind(), r.addressee(), r.sender(), r.trackingNo()));
	}

	@GetMapping("/{id}")
	MailView get(@PathVariable long id) {
		return mail.get(id);
	}

	@GetMapping("/{id}/history")
	List<HistoryLine> history(@PathVariable long id) {
		return mail.history(id);
	}

	record HandOverRequest(@Nullable String handedTo) {
	}

	@PostMapping("/{id}/hand-over")
	MailView handOver(@PathVariable long id, @RequestBody HandOverRequest r) {
		return mail.handOver(id, r.handedTo());
	}

	@PostMapping("/{id}/box")
	@Operation(summary = "Put in the unit's letterbox")
	MailView box(@PathVariable long id) {
		return mail.box(id);
	}

	record ReturnRequest(@Nullable String reason) {
	}

	@PostMapping("/{id}/return")
	MailView sendBack(@PathVariable long id, @RequestBody ReturnRequest r) {
		return mail.sendBack(id, r.reason());
	}

}
