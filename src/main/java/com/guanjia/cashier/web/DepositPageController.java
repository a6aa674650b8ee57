package com.guanjia.cashier.web;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.function.Supplier;

import com.guanjia.cashier.Deposits;
import com.guanjia.cashier.PaymentMethod;
import com.guanjia.cashier.ReceiptView;
import com.guanjia.platform.web.Messages;
import com.guanjia.shared.DomainException;
import com.guanjia.shared.ValidationException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deposits on the cashier's unit page (R6.5): ask, approve, take with a receipt, ask for
 * and approve the refund.
 */
@Controller
class DepositPageController {

	private final Deposits deposits;

	private final Messages messages;

	DepositPageController(Deposits deposits, Messages messages) {
		this.deposits = deposits;
		this.messages = messages;
	}

	@PostMapping("/cashier/units/{unitId}/deposits")
	String request(@PathVariable long unitId, @RequestParam String purpose,
			@RequestParam(required = false) BigDecimal amount, RedirectAttributes redirect) {
		return act(unitId, redirect, () -> {
			deposits.request(unitId, purpose, amount);
			return null;
		});
	}

	@PostMapping("/cashier/units/{unitId}/deposits/{id}/refund-payment")
	String payRefund(@PathVariable long unitId, @PathVariable long id,
			@RequestParam(required = false) PaymentMethod method, RedirectAttributes redirect) {
		return act(unitId, redirect, () -> {
			deposits.payRefund(id, method);
			return null;
		});
	}

	@PostMapping("/cashier/units/{unitId}/deposits/{id}/take")
	String take(@PathVariable long unitId, @PathVariable long id, @RequestParam PaymentMethod method,
			@RequestParam(required = false) BigDecimal tendered, @RequestParam String idempotencyKey,
			RedirectAttributes redirect) {
		return act(unitId, redirect, () -> {
			ReceiptView r = deposits.take(id, method, tendered == null ? BigDecimal.ZERO : tendered, idempotencyKey);
			return "redirect:/cashier/receipts/" + r.id();
		});
	}

	@PostMapping("/cashier/units/{unitId}/deposits/{id}/refund-request")
	String requestRefund(@PathVariable long unitId, @PathVariable long id, @RequestParam String reason,
			RedirectAttributes redirect) {
		return act(unitId, redirect, () -> {
			deposits.requestRefund(id, reason);
			return null;
		});
	}

	@PostMapping("/cashier/units/{unitId}/deposits/{id}/refund-approval")
	String approveRefund(@PathVariable long unitId, @PathVariable long id, RedirectAttributes redirect) {
		return act(unitId, redirect, () -> {
			deposits.approveRefund(id);
			return null;
		});
	}

	private String act(long unitId, RedirectAttributes redirect, Supplier<String> action) {
		try {
			String target = action.get();
			redirect.addFlashAttribute("flash", messages.get("deposit.saved"));
			return target != null ? target : "redirect:/cashier/units/" + unitId;
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
		return "redirect:/cashier/units/" + unitId;
	}

	static String newKey() {
		return UUID.randomUUID().toString();
	}

}
