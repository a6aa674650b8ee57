package com.guanjia.billing.web;

import java.time.YearMonth;
import java.util.List;

import com.guanjia.billing.BillingRuns;
import com.guanjia.billing.FeeReports;
import com.guanjia.billing.Ledger;
import com.guanjia.billing.PaymentNotices;
import com.guanjia.billing.RunPreview;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Messages;
import com.guanjia.shared.DomainException;
import com.guanjia.shared.ValidationException;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Billing runs with their preview, payment notices and reversals. */
@Controller
class BillingPageController {

	private final BillingRuns runs;

	private final PaymentNotices notices;

	private final Ledger ledger;

	private final CurrentCommunity current;

	private final Messages messages;

	private final FeeReports reports;

	BillingPageController(BillingRuns runs, PaymentNotices notices, Ledger ledger, CurrentCommunity current,
			Messages messages, FeeReports reports) {
		this.reports = reports;
		this.runs = runs;
		this.notices = notices;
		this.ledger = ledger;
		this.current = current;
		this.messages = messages;
	}

	@GetMapping("/billing/runs")
	String runs(HttpSession session, Model model) {
		long communityId = current.id(session);
		model.addAttribute("runs", runs.runs(communityId));
		model.addAttribute("nextMonth", reports.thisMonth(communityId).toString());
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

}
