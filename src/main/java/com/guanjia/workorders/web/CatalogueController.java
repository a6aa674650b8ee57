package com.guanjia.workorders.web;

import java.math.BigDecimal;

import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Messages;
import com.guanjia.shared.ValidationException;
import com.guanjia.workorders.PriceItemView;
import com.guanjia.workorders.WarrantyCategoryView;
import com.guanjia.workorders.WorkOrderCatalogue;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The community's paid-service price list (特约服务收费标准) and warranty table (R3.4, R3.5),
 * kept by the supervisor.
 */
@Controller
class CatalogueController {

	private final WorkOrderCatalogue catalogue;

	private final CurrentCommunity current;

	private final Messages messages;

	CatalogueController(WorkOrderCatalogue catalogue, CurrentCommunity current, Messages messages) {
		this.catalogue = catalogue;
		this.current = current;
		this.messages = messages;
	}

	@GetMapping("/work-order-settings")
	String page(HttpSession session, Model model) {
		long communityId = current.id(session);
		model.addAttribute("prices", catalogue.priceList(communityId));
		model.addAttribute("categories", catalogue.warrantyCategories(communityId));
		return "workorders/settings";
	}

	@PostMapping("/work-order-settings/prices")
	String price(@RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable BigDecimal price,
			@RequestParam(defaultValue = "false") boolean active, HttpSession session, RedirectAttributes redirect) {
		try {
			catalogue.setPrice(current.id(session), new PriceItemView(code, name, unit, price, active));
			redirect.addFlashAttribute("flash", messages.get("settings.saved"));
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
		}
		return "redirect:/work-order-settings";
	}

	@PostMapping("/work-order-settings/warranty")
	String warranty(@RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable Integer months,
			@RequestParam(defaultValue = "false") boolean leak, @RequestParam(defaultValue = "false") boolean safety,
			HttpSession session, RedirectAttributes redirect) {
		try {
			catalogue.setWarrantyCategory(current.id(session),
					new WarrantyCategoryView(code, name, months, leak, safety));
			redirect.addFlashAttribute("flash", messages.get("settings.saved"));
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
		}
		return "redirect:/work-order-settings";
	}

}
