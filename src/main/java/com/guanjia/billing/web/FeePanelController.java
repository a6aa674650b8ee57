package com.guanjia.billing.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import com.guanjia.billing.ChargeItem;
import com.guanjia.billing.Ledger;
import com.guanjia.billing.LedgerViews;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitManagement;
import com.guanjia.platform.web.FormErrors;
import com.guanjia.platform.web.Messages;
import com.guanjia.shared.ValidationException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The fee panel of the unit page: balance, the latest ledger entries, reversals, and
 * one-off charges (renovation garbage removal, paid repairs) entered by finance or the
 * manager (R6.2, R6.4). The charge form posts with htmx and gets the panel back, with its
 * mistakes by field.
 */
@Controller
class FeePanelController {

	private final Ledger ledger;

	private final Messages messages;

	private final UnitManagement units;

	private final CommunityDirectory communities;

	FeePanelController(Ledger ledger, Messages messages, UnitManagement units, CommunityDirectory communities) {
		this.units = units;
		this.communities = communities;
		this.ledger = ledger;
		this.messages = messages;
	}

	@GetMapping("/units/{id}/fees")
	String unitFees(@PathVariable long id, Model model) {
		return panel(id, new ChargeForm(), model);
	}

	@PostMapping("/units/{id}/charges")
	String charge(@PathVariable long id, @ModelAttribute("chargeForm") ChargeForm form, BindingResult binding,
			Model model) {
		if (binding.hasErrors()) {
			model.addAttribute("chargeOpen", true);
			return panel(id, form, model);
		}
		try {
			LedgerViews.Line line = ledger.charge(id, form.getItem(), form.money(),
					form.getReason() == null ? "" : form.getReason());
			model.addAttribute("panelFlash",
					messages.get("charge.saved", messages.get(line.item().messageKey()), line.amount()));
			// A fresh, empty form for the next charge (not the one just bound).
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "chargeForm");
			return panel(id, new ChargeForm(), model);
		}
		catch (ValidationException ex) {
			FormErrors.reject(binding, ex);
			model.addAttribute("chargeOpen", true);
			return panel(id, form, model);
		}
	}

	private String panel(long id, ChargeForm form, Model model) {
		model.addAttribute("unitId", id);
		// Each entry's date in the unit's community's zone (issue 10 item 19).
		model.addAttribute("zone", communities.timeZone(units.get(id).communityId()));
		model.addAttribute("balance", ledger.balance(id));
		List<LedgerViews.Entry> entries = ledger.entries(id);
		List<LedgerViews.Entry> latest = new ArrayList<>(
				entries.subList(Math.max(0, entries.size() - 20), entries.size()));
		Collections.reverse(latest);
		model.addAttribute("entries", latest);
		model.addAttribute("chargeForm", form);
		if (!model.containsAttribute("chargeOpen")) {
			model.addAttribute("chargeOpen", false);
		}
		model.addAttribute("oneOffItems", Arrays.stream(ChargeItem.values()).filter(i -> !i.isPeriodic()).toList());
		return "billing/unit-fees :: panel";
	}

}
