package com.guanjia.estate.web;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.guanjia.estate.CommunityCommand;
import com.guanjia.estate.CommunityManagement;
import com.guanjia.estate.CommunityView;
import com.guanjia.platform.web.FormErrors;
import com.guanjia.platform.web.Messages;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class CommunityPageController {

	/**
	 * The time zones the edit page offers: mainland China (one zone, Beijing time) first,
	 * then the other zones a Chinese property company meets. The community's own zone is
	 * added when it is none of these.
	 */
	static final List<String> ZONES = List.of("Asia/Shanghai", "Asia/Urumqi", "Asia/Hong_Kong", "Asia/Macau",
			"Asia/Taipei");

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

	/**
	 * The form that changes a community: the code is shown, never bound (other records
	 * and logins refer to it).
	 */
	public static class CommunityChangeForm {

		private @Nullable String name;

		private @Nullable String address;

		private @Nullable String timeZone;

		private @Nullable BigDecimal managementFeeRate;

		private int version;

		static CommunityChangeForm of(CommunityView community) {
			CommunityChangeForm form = new CommunityChangeForm();
			form.name = community.name();
			form.address = community.address();
			form.timeZone = community.timeZone().getId();
			form.managementFeeRate = community.managementFeeRate();
			form.version = community.version();
			return form;
		}

		/**
		 * Without a code: {@link CommunityManagement#update} keeps the community's own.
		 */
		CommunityCommand toCommand() {
			return new CommunityCommand(null, name, address, timeZone, managementFeeRate);
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

		public @Nullable String getTimeZone() {
			return timeZone;
		}

		public void setTimeZone(@Nullable String timeZone) {
			this.timeZone = timeZone;
		}

		public @Nullable BigDecimal getManagementFeeRate() {
			return managementFeeRate;
		}

		public void setManagementFeeRate(@Nullable BigDecimal managementFeeRate) {
			this.managementFeeRate = managementFeeRate;
		}

		public int getVersion() {
			return version;
		}

		public void setVersion(int version) {
			this.version = version;
		}

	}

	@GetMapping("/communities")
	String list(@RequestParam(defaultValue = "false") boolean includeRetired, Model model) {
		model.addAttribute("includeRetired", includeRetired);
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

	@GetMapping("/communities/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		CommunityView community = communities.forChange(id);
		return form(model, CommunityChangeForm.of(community), community);
	}

	/** Saves through the service the API uses ({@code PUT /api/communities/{id}}). */
	@PostMapping("/communities/{id}/edit")
	String change(@PathVariable long id, @ModelAttribute("form") CommunityChangeForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		CommunityView community = communities.forChange(id);
		if (binding.hasErrors()) {
			return form(model, form, community);
		}
		try {
			CommunityView saved = communities.update(id, form.getVersion(), form.toCommand());
			redirect.addFlashAttribute("flash", messages.get("community.saved", saved.name()));
			return "redirect:/communities";
		}
		catch (ValidationException ex) {
			FormErrors.reject(binding, ex);
		}
		catch (ConflictException ex) {
			binding.reject(ex.code(), ex.args(), ex.code());
		}
		return form(model, form, community);
	}

	private String form(Model model, CommunityChangeForm form, CommunityView community) {
		Set<String> zones = new LinkedHashSet<>(ZONES);
		zones.add(community.timeZone().getId());
		if (form.getTimeZone() != null && !form.getTimeZone().isBlank()) {
			// What the user sent stays selected, so a refused zone is seen, not replaced.
			zones.add(form.getTimeZone());
		}
		model.addAttribute("form", form);
		model.addAttribute("community", community);
		model.addAttribute("zones", zones);
		return "estate/community-form";
	}

	private String page(Model model, CommunityForm form) {
		boolean includeRetired = Boolean.TRUE.equals(model.getAttribute("includeRetired"));
		model.addAttribute("includeRetired", includeRetired);
		model.addAttribute("communities", communities.visible(includeRetired));
		model.addAttribute("form", form);
		return "estate/communities";
	}

}
