package com.guanjia.keys.web;

import java.time.LocalDate;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.keys.KeyAction;
import com.guanjia.keys.KeyCommands.IssueItem;
import com.guanjia.keys.KeyCommands.LendKey;
import com.guanjia.keys.KeyCommands.RegisterItem;
import com.guanjia.keys.KeyItemView;
import com.guanjia.keys.KeyKind;
import com.guanjia.keys.KeyLoanView;
import com.guanjia.keys.KeyLoans;
import com.guanjia.keys.KeyRegister;
import com.guanjia.keys.KeyStatus;
import com.guanjia.keys.MailDesk;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Htmx;
import com.guanjia.platform.web.Steps;
import com.guanjia.shared.DomainException;
import com.guanjia.shared.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The key register's pages (R10.1): the register with its filters and the flagged missing
 * items, an item's page with the steps it allows, the end-of-day list of keys still out,
 * and the keys panel of a unit's page.
 */
@Controller
class KeyPageController {

	private final KeyRegister register;

	private final KeyLoans loans;

	private final CurrentCommunity current;

	private final CommunityDirectory communities;

	private final UnitLabels labels;

	private final Outcomes outcomes;

	private final MailDesk mail;

	private final CommunityScope scope;

	KeyPageController(KeyRegister register, KeyLoans loans, CurrentCommunity current, CommunityDirectory communities,
			UnitLabels labels, Outcomes outcomes, MailDesk mail, CommunityScope scope) {
		this.mail = mail;
		this.scope = scope;
		this.register = register;
		this.loans = loans;
		this.current = current;
		this.communities = communities;
		this.labels = labels;
		this.outcomes = outcomes;
	}

	@GetMapping("/keys")
	String register(@RequestParam(required = false) @Nullable KeyKind kind,
			@RequestParam(required = false) @Nullable KeyStatus status,
			@RequestParam(required = false) @Nullable String q, HttpSession session, HttpServletRequest request,
			Model model) {
		long communityId = current.id(session);
		model.addAttribute("items", register.list(communityId, kind, status, q));
		model.addAttribute("missing", register.list(communityId, null, KeyStatus.MISSING, null));
		model.addAttribute("out", loans.outstanding(communityId).size());
		model.addAttribute("kinds", KeyKind.values());
		model.addAttribute("statuses", KeyStatus.values());
		model.addAttribute("zone", communities.timeZone(communityId));
		return Htmx.view(request, "keys/register", "results");
	}

	@PostMapping("/keys")
	String add(@RequestParam(required = false) @Nullable String unitLabel,
			@RequestParam(required = false) @Nullable KeyKind kind,
			@RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String place, HttpSession session, RedirectAttributes redirect) {
		long communityId = current.id(session);
		try {
			KeyItemView k = register.register(communityId,
					new RegisterItem(labels.id(communityId, unitLabel, "unitId"), kind, code, place));
			outcomes.done(redirect, "keys.registered", k.number());
			return "redirect:/keys/items/" + k.id();
		}
		catch (DomainException ex) {
			outcomes.refused(redirect, ex);
			return "redirect:/keys";
		}
	}

	@GetMapping("/keys/items/{id}")
	String item(@PathVariable long id, Model model) {
		KeyItemView k = register.get(id);
		model.addAttribute("k", k);
		model.addAttribute("history", register.history(id));
		model.addAttribute("loans", loans.ofItem(id));
		model.addAttribute("zone", communities.timeZone(k.communityId()));
		return "keys/item";
	}

	@PostMapping("/keys/items/{id}/{action}")
	String act(@PathVariable long id, @PathVariable String action,
			@RequestParam(required = false) @Nullable Long holderPartyId,
			@RequestParam(required = false) @Nullable String holderName,
			@RequestParam(required = false) @Nullable String plate,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validUntil,
			@RequestParam(required = false) @Nullable String idCardNumber,
			@RequestParam(required = false) @Nullable String purpose,
			@RequestParam(required = false) @Nullable String place,
			@RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		try {
			KeyAction step = Steps.of(KeyAction.class, action);
			switch (step) {
				case ISSUE -> register.issue(id, new IssueItem(holderPartyId, holderName, plate, validUntil));
				case LEND -> loans.lend(id, new LendKey(idCardNumber, purpose));
				case RETURN -> loans.giveBack(ValidationException.required("action", register.get(id).loanId()));
				case HAND_BACK -> register.handBack(id, place);
				case RENEW -> register.renew(id, validUntil);
				case MOVE -> register.move(id, place);
				case FIND -> register.find(id, note);
				case WRITE_OFF -> register.writeOff(id, reason);
				case REGISTER, MISS -> throw ValidationException.of("action", "validation.invalid");
			}
			outcomes.done(redirect, "keys.done", register.get(id).number());
		}
		catch (DomainException ex) {
			outcomes.refused(redirect, ex);
		}
		return "redirect:/keys/items/" + id;
	}

	/** The end-of-day list of keys still out ("当天借用出去的钥匙当天跟踪归还"). */
	@GetMapping("/keys/loans")
	String loans(HttpSession session, Model model) {
		long communityId = current.id(session);
		model.addAttribute("loans", loans.outstanding(communityId));
		model.addAttribute("zone", communities.timeZone(communityId));
		model.addAttribute("today", register.today(communityId));
		return "keys/loans";
	}

	@PostMapping("/keys/loans/{id}/return")
	String giveBack(@PathVariable long id, RedirectAttributes redirect) {
		try {
			KeyLoanView loan = loans.giveBack(id);
			outcomes.done(redirect, "keys.returned", loan.itemNumber());
		}
		catch (DomainException ex) {
			outcomes.refused(redirect, ex);
		}
		return "redirect:/keys/loans";
	}

	/** The keys and cards panel of a unit's page. */
	@GetMapping("/units/{id}/keys")
	String unitPanel(@PathVariable long id, Model model) {
		model.addAttribute("unitId", id);
		model.addAttribute("items", register.ofUnit(id));
		model.addAttribute("mail", scope.has(Permission.MAIL_WRITE) ? mail.waitingOfUnit(id) : null);
		return "keys/unit-panel :: panel";
	}

}
