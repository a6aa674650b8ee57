package com.guanjia.keys.web;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.keys.KeyCommands.LogMail;
import com.guanjia.keys.MailAction;
import com.guanjia.keys.MailDesk;
import com.guanjia.keys.MailKind;
import com.guanjia.keys.MailView;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Steps;
import com.guanjia.shared.DomainException;
import com.guanjia.shared.ValidationException;
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
 * The mail shelf at the desk (R10.3): log a letter or parcel for a unit, what waits by
 * age, and each item handed over, boxed or sent back.
 */
@Controller
class MailPageController {

	private final MailDesk mail;

	private final CurrentCommunity current;

	private final CommunityDirectory communities;

	private final UnitLabels labels;

	private final Outcomes outcomes;

	MailPageController(MailDesk mail, CurrentCommunity current, CommunityDirectory communities, UnitLabels labels,
			Outcomes outcomes) {
		this.mail = mail;
		this.current = current;
		this.communities = communities;
		this.labels = labels;
		this.outcomes = outcomes;
	}

	@GetMapping("/mail")
	String desk(HttpSession session, Model model) {
		long communityId = current.id(session);
		model.addAttribute("waiting", mail.waiting(communityId));
		model.addAttribute("recent", mail.recent(communityId));
		model.addAttribute("kinds", MailKind.values());
		model.addAttribute("zone", communities.timeZone(communityId));
		return "keys/mail";
	}

	@PostMapping("/mail")
	String log(@RequestParam(required = false) @Nullable String unitLabel,
			@RequestParam(required = false) @Nullable MailKind kind,
			@RequestParam(required = false) @Nullable String addressee,
			@RequestParam(required = false) @Nullable String sender,
			@RequestParam(required = false) @Nullable String trackingNo, HttpSession session,
			RedirectAttributes redirect) {
		long communityId = current.id(session);
		try {
			MailView m = mail.log(communityId,
					new LogMail(labels.id(communityId, unitLabel, "unitId"), kind, addressee, sender, trackingNo));
			outcomes.done(redirect, "mail.logged", m.unitLabel());
		}
		catch (DomainException ex) {
			outcomes.refused(redirect, ex);
		}
		return "redirect:/mail";
	}

	@GetMapping("/mail/{id}")
	String item(@PathVariable long id, Model model) {
		MailView m = mail.get(id);
		model.addAttribute("m", m);
		model.addAttribute("history", mail.history(id));
		model.addAttribute("zone", communities.timeZone(m.communityId()));
		return "keys/mail-item";
	}

	@PostMapping("/mail/{id}/{action}")
	String act(@PathVariable long id, @PathVariable String action,
			@RequestParam(required = false) @Nullable String handedTo,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		try {
			MailAction step = Steps.of(MailAction.class, action);
			MailView m = switch (step) {
				case HAND_OVER -> mail.handOver(id, handedTo);
				case BOX -> mail.box(id);
				case RETURN -> mail.sendBack(id, reason);
				case LOG -> throw ValidationException.of("action", "validation.invalid");
			};
			outcomes.done(redirect, m.status().messageKey());
		}
		catch (DomainException ex) {
			outcomes.refused(redirect, ex);
		}
		return "redirect:/mail/" + id;
	}

}
