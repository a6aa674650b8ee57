package com.guanjia.estate.web;

import java.math.BigDecimal;

import com.guanjia.estate.CommunityCommand;
import com.guanjia.estate.CommunityManagement;
import com.guanjia.estate.CommunityView;
import com.guanjia.platform.web.FormErrors;
import com.guanjia.platform.web.Messages;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class CommunityPageController {

	private final CommunityManagement communities;

	private final Messages messages;

	CommunityPageController(CommunityManagement communities, Messages messages) {
		this.communities = communities;
		this.messages = messages;
	}

	/** The community form. */
	public static class CommunityForm {

		private @Nullable String code;

		private @Nullable String name;

		private @Nullable String address;

		private String timeZone = "Asia/Shanghai";

		private @Nullable BigDecimal managementFeeRate;

		public @Nullable String getCode() {
			return code;
		}

		public void setCode(@Nullable String code) {
			this.code = code;
		}

		public @Nullable String getName() {
			return name;
		}

		public void setName(@Nullable String name) {
			this.name = name;
		}

		public @Nullable String getAddress() {
			return address;
		}

		public void setAddress(@Nullable String address) {
			this.address = address;
		}

		public String getTimeZone() {
			return timeZone;
		}

		public void setTimeZone(String timeZone) {
			this.timeZone = timeZone;
		}

		public @Nullable BigDecimal getManagementFeeRate() {
			return managementFeeRate;
		}

		public void setManagementFeeRate(@Nullable BigDecimal managementFeeRate) {
			this.managementFeeRate = managementFeeRate;
		}

	}

	@GetMapping("/communities")
	String list(Model model) {
		return page(model, new CommunityForm());
	}

	@PostMapping("/communities")
	String create(@ModelAttribute("form") CommunityForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return page(model, form);
		}
		try {
			CommunityView c = communities.create(new CommunityCommand(form.getCode(), form.getName(), form.getAddress(),
					form.getTimeZone(), form.getManagementFeeRate()));
			redirect.addFlashAttribute("flash", messages.get("community.saved", c.name()));
			return "redirect:/communities";
		}
		catch (ValidationException ex) {
			FormErrors.reject(binding, ex);
			return page(model, form);
		}
	}

	private String page(Model model, CommunityForm form) {
		model.addAttribute("communities", communities.visible());
		model.addAttribute("form", form);
		return "estate/communities";
	}

}
