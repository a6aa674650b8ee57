package com.guanjia.cashier.web;

import java.util.List;

import com.guanjia.billing.Ledger;
import com.guanjia.cashier.Cashier;
import com.guanjia.cashier.CloseCommand;
import com.guanjia.cashier.DailyCloseView;
import com.guanjia.cashier.DailyCloses;
import com.guanjia.cashier.PaymentMethod;
import com.guanjia.cashier.ReceiptView;
import com.guanjia.cashier.Invoices;
import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.FormErrors;
import com.guanjia.platform.web.Htmx;
import com.guanjia.platform.web.Messages;
import com.guanjia.residents.ResidentDirectory;
import com.guanjia.residents.ResidentSummary;
import com.guanjia.residents.UnitTie;
import com.guanjia.shared.DomainException;
import com.guanjia.shared.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cashier's desk: find a unit, pay its bills, print the receipt, void, close the day
 * (R6.3, R6.6).
 */
@Controller
class CashierPageController {

	private final Cashier cashier;

	private final DailyCloses closes;

	private final Ledger ledger;

	private final UnitManagement units;

	private final CurrentCommunity current;

	private final Messages messages;

	private final CommunityScope scope;

	private final com.guanjia.cashier.Deposits deposits;

	private final ResidentDirectory residents;

	private final Invoices invoices;

	CashierPageController(Cashier cashier, DailyCloses closes, Ledger ledger, UnitManagement units,
			CurrentCommunity current, Messages messages, CommunityScope scope, com.guanjia.cashier.Deposits deposits,
			ResidentDirectory residents, Invoices invoices) {
		this.residents = residents;
		this.invoices = invoices;
		this.scope = scope;
		this.deposits = deposits;
		this.cashier = cashier;
		this.closes = closes;
		this.ledger = ledger;
		this.units = units;
		this.current = current;
		this.messages = messages;
	}

	/** A unit found at the desk, with its owners (the cashier sees who pays). */
	record Found(UnitView unit, List<String> owners) {
	}

	/**
	 * Finds units by number, or by an owner's name or phone digits (issue 10 item 17):
	 * the residents found lead to the units they own, rent or live in.
	 */
	@GetMapping("/cashier")
	String desk(@RequestParam(required = false) String q, HttpSession session, HttpServletRequest request,
			Model model) {
		long communityId = current.id(session);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("found", q == null || q.isBlank() ? List.of() : find(communityId, q.strip()));
		return Htmx.view(request, "cashier/desk", "found");
	}

	private List<Found> find(long communityId, String q) {
		java.util.LinkedHashMap<Long, UnitView> found = new java.util.LinkedHashMap<>();
		units.search(List.of(communityId), q, 20).forEach(u -> found.putIfAbsent(u.id(), u));
		for (ResidentSummary r : residents.search(List.of(communityId), q, 20)) {
			for (UnitTie tie : r.units()) {
				if (found.size() < 20 && !found.containsKey(tie.unitId())) {
					units.find(UnitId.of(communityId, tie.unitId())).ifPresent(u -> found.put(u.id(), u));
				}
			}
		}
		return found.values()
			.stream()
			.map(u -> new Found(u, residents.ownersOf(u.unitId()).stream().map(ResidentSummary::name).toList()))
			.toList();
	}

	@GetMapping("/cashier/units/{id}")
	String unit(@PathVariable long id, Model model) {
		return unitPage(id, new PaymentForm(), model);
	}

	@PostMapping("/cashier/units/{id}/pay")
	String pay(@PathVariable long id, @ModelAttribute("form") PaymentForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return unitPage(id, form, model);
		}
		try {
			ReceiptView receipt = cashier.pay(form.toCommand(id));
			redirect.addFlashAttribute("flash",
					messages.get("cashier.paid", receipt.number(), receipt.amount(), receipt.change()));
			return "redirect:/cashier/receipts/" + receipt.id();
		}
		catch (ValidationException ex) {
			FormErrors.reject(binding, ex);
			return unitPage(id, form, model);
		}
		catch (DomainException ex) {
			if (ex.status() == 404) {
				throw ex;
			}
			model.addAttribute("error", messages.of(ex));
			PaymentForm fresh = new PaymentForm();
			return unitPage(id, fresh, model);
		}
	}

	@GetMapping("/cashier/receipts/{id}")
	String receipt(@PathVariable long id, Model model) {
		model.addAttribute("receipt", cashier.receipt(id));
		return "cashier/receipt";
	}

	@PostMapping("/cashier/receipts/{id}/void-request")
	String requestVoid(@PathVariable long id, @RequestParam String reason, RedirectAttributes redirect) {
		return act(id, redirect, () -> cashier.requestVoid(id, reason), "cashier.voidRequested");
	}

	@PostMapping("/cashier/receipts/{id}/void-approval")
	String approveVoid(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, () -> cashier.approveVoid(id), "cashier.voided");
	}

	@GetMapping("/cashier/close")
	String close(HttpSession session, Model model) {
		long communityId = current.id(session);
		model.addAttribute("today", scope.has(Permission.CASHIER_TAKE) ? closes.today(communityId) : null);
		model.addAttribute("recent", closes.recent(communityId));
		model.addAttribute("handedTo", DailyCloseView.HandedTo.values());
		return "cashier/close";
	}

	@PostMapping("/cashier/close")
	String doClose(@RequestParam DailyCloseView.HandedTo handedTo, @RequestParam(required = false) String note,
			HttpSession session, RedirectAttributes redirect) {
		try {
			DailyCloseView closed = closes.close(current.id(session), new CloseCommand(handedTo, blank(note)));
			redirect.addFlashAttribute("flash", messages.get("cashier.closed", closed.businessDay(), closed.total()));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/cashier/close";
	}

	/**
	 * A close line by line, for finance to check before confirming (issue 10 item 17).
	 */
	@GetMapping("/cashier/closes/{id}")
	String closeDetail(@PathVariable long id, Model model) {
		model.addAttribute("breakdown", closes.breakdown(id));
		return "cashier/close-detail";
	}

	@PostMapping("/cashier/receipts/{id}/invoices")
	String recordInvoice(@PathVariable long id, @RequestParam(required = false) String number,
			@RequestParam(required = false) java.time.LocalDate issuedOn, RedirectAttributes redirect) {
		return act(id, redirect, () -> invoices.record(id, blank(number), issuedOn), "invoice.recorded");
	}

	@GetMapping("/cashier/invoices")
	String invoicesPage() {
		return "cashier/invoices";
	}

	@PostMapping("/cashier/invoices")
	String importInvoices(@RequestParam("file") org.springframework.web.multipart.MultipartFile file,
			HttpSession session, RedirectAttributes redirect) {
		try (var in = file.getInputStream()) {
			Invoices.ImportResult result = invoices.importXlsx(current.id(session), in);
			redirect.addFlashAttribute("flash", messages.get("invoice.imported", result.recorded()));
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		catch (java.io.IOException ex) {
			redirect.addFlashAttribute("error", messages.get("invoice.badFile"));
		}
		return "redirect:/cashier/invoices";
	}

	@PostMapping("/cashier/closes/{id}/confirm")
	String confirm(@PathVariable long id, RedirectAttributes redirect) {
		try {
			closes.confirm(id);
			redirect.addFlashAttribute("flash", messages.get("cashier.confirmed"));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/cashier/closes/" + id;
	}

	private String act(long receiptId, RedirectAttributes redirect, Runnable action, String message) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", messages.get(message));
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
		}
		catch (DomainException ex) {
			if (ex.status() == 404) {
				throw ex;
			}
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/cashier/receipts/" + receiptId;
	}

	private String unitPage(long id, PaymentForm form, Model model) {
		UnitView unit = units.get(id);
		model.addAttribute("unit", unit);
		model.addAttribute("owners", residents.ownersOf(unit.unitId()).stream().map(ResidentSummary::name).toList());
		// once the day is closed the page says so instead of offering to pay (issue 10
		// item
		// 17)
		model.addAttribute("dayClosed",
				scope.has(Permission.CASHIER_TAKE) && closes.today(unit.communityId()).isClosed());
		model.addAttribute("lines", ledger.lines(id, true));
		model.addAttribute("balance", ledger.balance(id));
		model.addAttribute("receipts", cashier.receiptsOfUnit(id));
		model.addAttribute("deposits", deposits.ofUnit(id));
		model.addAttribute("depositKey", java.util.UUID.randomUUID().toString());
		model.addAttribute("methods", PaymentMethod.values());
		model.addAttribute("form", form);
		return "cashier/unit";
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
