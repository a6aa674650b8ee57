package com.guanjia.access.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.guanjia.access.LoginWait;
import com.guanjia.access.StaffManagement;
import com.guanjia.access.StaffView;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.web.FormErrors;
import com.guanjia.platform.web.Htmx;
import com.guanjia.platform.web.Messages;
import com.guanjia.shared.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
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

/**
 * The administrator's staff pages (issue 2 item 7): the list, the account form with roles
 * and a department per community, enable/disable and password reset. The service refuses
 * (403) anyone without STAFF_ADMIN.
 */
@Controller
class StaffPageController {

	private final StaffManagement staff;

	private final CommunityDirectory communities;

	private final CommunityScope scope;

	private final Messages messages;

	private final Clock clock;

	StaffPageController(StaffManagement staff, CommunityDirectory communities, CommunityScope scope, Messages messages,
			Clock clock) {
		this.staff = staff;
		this.communities = communities;
		this.scope = scope;
		this.messages = messages;
		this.clock = clock;
	}

	/** The reset-password form of the edit page. */
	public static class PasswordForm {

		private @Nullable String password;

		public @Nullable String getPassword() {
			return password;
		}

		public void setPassword(@Nullable String password) {
			this.password = password;
		}

	}

	@GetMapping("/staff")
	String list(@RequestParam(required = false) Long communityId, HttpServletRequest request, Model model) {
		model.addAttribute("staff", staff.list(communityId));
		model.addAttribute("communityId", communityId);
		model.addAttribute("communities", communities.names(scope.allowedIds()));
		return Htmx.view(request, "access/staff", "results");
	}

	@GetMapping("/staff/new")
	String newStaff(Model model) {
		return form(model, StaffForm.blank(scope.allowedIds()), null);
	}

	@PostMapping("/staff/new")
	String create(@ModelAttribute("form") StaffForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				StaffView created = staff.create(form.toCommand());
				redirect.addFlashAttribute("flash", messages.get("staff.saved", created.displayName()));
				return "redirect:/staff";
			}
			catch (ValidationException ex) {
				FormErrors.reject(binding, ex);
			}
		}
		form.setPassword(null);
		return form(model, form, null);
	}

	@GetMapping("/staff/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		StaffView member = staff.get(id);
		model.addAttribute("passwordForm", new PasswordForm());
		return form(model, StaffForm.of(member, scope.allowedIds()), member);
	}

	@PostMapping("/staff/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("form") StaffForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		StaffView member = staff.get(id);
		if (!binding.hasErrors()) {
			try {
				form.setPassword(null);
				StaffView saved = staff.update(id, form.getVersion(), form.toCommand());
				redirect.addFlashAttribute("flash", messages.get("staff.saved", saved.displayName()));
				return "redirect:/staff";
			}
			catch (ValidationException ex) {
				FormErrors.reject(binding, ex);
			}
		}
		model.addAttribute("passwordForm", new PasswordForm());
		return form(model, form, member);
	}

	@PostMapping("/staff/{id}/password")
	String resetPassword(@PathVariable long id, @ModelAttribute("passwordForm") PasswordForm passwordForm,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			StaffView member = staff.resetPassword(id, passwordForm.getPassword());
			redirect.addFlashAttribute("flash", messages.get("staff.passwordReset", member.displayName()));
			return "redirect:/staff/" + id + "/edit";
		}
		catch (ValidationException ex) {
			FormErrors.reject(binding, ex);
			StaffView member = staff.get(id);
			return form(model, StaffForm.of(member, scope.allowedIds()), member);
		}
	}

	/** Lifts the login restrictions of the account (issue 9 item 8). */
	@PostMapping("/staff/{id}/unlock")
	String unlockLogin(@PathVariable long id, RedirectAttributes redirect) {
		StaffView member = staff.unlockLogin(id);
		redirect.addFlashAttribute("flash", messages.get("staff.loginUnlocked", member.displayName()));
		return "redirect:/staff/" + id + "/edit";
	}

	@PostMapping("/staff/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		StaffView member = staff.setEnabled(id, enabled);
		redirect.addFlashAttribute("flash",
				messages.get(enabled ? "staff.enabledNow" : "staff.disabledNow", member.displayName()));
		return "redirect:/staff/" + id + "/edit";
	}

	private String form(Model model, StaffForm form, @Nullable StaffView member) {
		model.addAttribute("form", form);
		model.addAttribute("member", member);
		model.addAttribute("roles", Role.values());
		model.addAttribute("communities", communities.names(scope.allowedIds()));
		model.addAttribute("departments", staff.assignableDepartments());
		if (member != null) {
			staff.loginRestrictedUntil(member.id())
				.ifPresent(until -> model.addAttribute("loginWait",
						LoginWait.of(Duration.between(clock.instant(), until))));
		}
		return "access/staff-form";
	}

}
