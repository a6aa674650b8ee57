package com.guanjia.billing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.guanjia.billing.BillingRuns;
import com.guanjia.billing.ChargeItem;
import com.guanjia.billing.ChargeStandardCommand;
import com.guanjia.billing.ChargeStandards;
import com.guanjia.billing.Ledger;
import com.guanjia.billing.PaymentNotices;
import com.guanjia.billing.RunPreview;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Messages;
import com.guanjia.shared.DomainException;
import com.guanjia.shared.ValidationException;
import jakarta.servlet.http.HttpSession;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Charge standards, billing runs with their preview, payment notices and the unit's fee panel. */
@Controller
class BillingPageController {

	private final ChargeStandards standards;

	private final BillingRuns runs;

	private final PaymentNotices notices;

	private final Ledger ledger;

	private final CurrentCommunity current;

	private final Messages messages;

	private final java.time.Clock clock;

	BillingPageController(ChargeStandards standards, BillingRuns runs, PaymentNotices notices, Ledger ledger,
			CurrentCommunity current, Messages messages, java.time.Clock clock) {
		this.clock = clock;
		this.standards = standards;
		this.runs = runs;
		this.notices = notices;
		this.ledger = ledger;
		this.current = current;
		this.messages = messages;
	}

	@GetMapping("/billing/standards")
	String standards(HttpSession session, Model model) {
		long communityId = current.id(session);
		model.addAttribute("standards", standards.list(communityId));
		model.addAttribute("settings", standards.settings(communityId));
		model.addAttribute("items", ChargeItem.values());
		return "billing/standards";
	}

	@PostMapping("/billing/standards")
	String define(@RequestParam(required = false) ChargeItem item,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@RequestParam(required = false) BigDecimal rate, @RequestParam(required = false) String note,
			HttpSession session, RedirectAttributes redirect) {
		try {
			standards.define(current.id(session), new ChargeStandardCommand(item, effectiveFrom, rate, null, note));
			redirect.addFlashAttribute("flash", messages.get("standard.saved"));
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/billing/standards";
	}

	@GetMapping("/billing/runs")
	String runs(HttpSession session, Model model) {
		long communityId = current.id(session);
		model.addAttribute("runs", runs.runs(communityId));
		model.addAttribute("nextMonth", YearMonth.now(clock).toString());
		return "billing/runs";
	}

	@PostMapping("/billing/runs/preview")
	String preview(@RequestParam YearMonth firstMonth, @RequestParam(defaultValue = "1") int months,
			HttpSession session, Model model, RedirectAttributes redirect) {
		try {
			RunPreview preview = runs.preview(current.id(session), firstMonth, months);
			model.addAttribute("preview", preview);
			return "billing/preview";
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
			return "redirect:/billing/runs";
		}
	}

	@PostMapping("/billing/runs/{id}/commit")
	String commit(@PathVariable long id, RedirectAttributes redirect) {
		var run = runs.commit(id);
		redirect.addFlashAttribute("flash", messages.get("run.committed", run.periodLabel(), run.lines(), run.total()));
		return "redirect:/billing/runs";
	}

	@GetMapping("/billing/reversals")
	String reversals(HttpSession session, Model model) {
		model.addAttribute("pending", ledger.pendingReversals(current.id(session)));
		return "billing/reversals";
	}

	@PostMapping("/billing/reversals/{id}/approve")
	String approveReversal(@PathVariable long id, RedirectAttributes redirect) {
		try {
			ledger.approveReversal(id);
			redirect.addFlashAttribute("flash", messages.get("reversal.done"));
		}
		catch (DomainException ex) {
			if (ex.status() == 404) {
				throw ex;
			}
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/billing/reversals";
	}

	/** Reverses a charge or discount from the unit page, with a reason (R6.4). */
	@PostMapping("/units/{unitId}/ledger/{entryId}/reversal")
	String reverse(@PathVariable long unitId, @PathVariable long entryId, @RequestParam String reason,
			RedirectAttributes redirect) {
		try {
			var request = ledger.requestReversal(entryId, reason);
			redirect.addFlashAttribute("flash",
					messages.get("PENDING".equals(request.status()) ? "reversal.pending" : "reversal.done"));
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("flash", messages.describe(ex.problems()));
		}
		catch (DomainException ex) {
			if (ex.status() == 404) {
				throw ex;
			}
			redirect.addFlashAttribute("flash", messages.of(ex));
		}
		return "redirect:/units/" + unitId;
	}

	@GetMapping("/billing/notices/{unitId}")
	String notice(@PathVariable long unitId, Model model) {
		model.addAttribute("notices", List.of(notices.forUnit(unitId)));
		return "billing/notices";
	}

	@GetMapping("/billing/runs/{id}/notices")
	String runNotices(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("notices", notices.forRun(id, page, 200));
		model.addAttribute("run", runs.get(id));
		model.addAttribute("page", page);
		return "billing/notices";
	}

	/** The fee panel of the unit page: balance, open bills, the latest ledger entries. */
	@GetMapping("/units/{id}/fees")
	String unitFees(@PathVariable long id, Model model) {
		model.addAttribute("unitId", id);
		model.addAttribute("balance", ledger.balance(id));
		model.addAttribute("lines", ledger.lines(id, true));
		List<com.guanjia.billing.LedgerViews.Entry> entries = ledger.entries(id);
		List<com.guanjia.billing.LedgerViews.Entry> latest = new java.util.ArrayList<>(
				entries.subList(Math.max(0, entries.size() - 20), entries.size()));
		java.util.Collections.reverse(latest);
		model.addAttribute("entries", latest);
		return "billing/unit-fees :: panel";
	}

}
