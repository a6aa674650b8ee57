package com.guanjia.access.web;

import com.guanjia.access.PasswordChange;
import com.guanjia.access.StaffManagement;
import com.guanjia.platform.web.FormErrors;
import com.guanjia.shared.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A staff member changes their own password (issue 9 item 10). Afterwards every session
 * of the account has ended, this one too: the member signs in again.
 */
@Controller
class AccountPageController {

	private final StaffManagement staff;

	AccountPageController(StaffManagement staff) {
		this.staff = staff;
	}

	/** The change-password form. */
	public static class PasswordForm {

		private @Nullable String currentPassword;

		private @Nullable String newPassword;

		private @Nullable String confirmPassword;

		public @Nullable String getCurrentPassword() {
			return currentPassword;
		}

		public void setCurrentPassword(@Nullable String currentPassword) {
			this.currentPassword = currentPassword;
		}

		public @Nullable String getNewPassword() {
			return newPassword;
		}

		public void setNewPassword(@Nullable String newPassword) {
			this.newPassword = newPassword;
		}

		public @Nullable String getConfirmPassword() {
			return confirmPassword;
		}

		public void setConfirmPassword(@Nullable String confirmPassword) {
			this.confirmPassword = confirmPassword;
		}

		PasswordChange toCommand() {
			return new PasswordChange(currentPassword, newPassword, confirmPassword == null ? "" : confirmPassword);
		}

	}

	@GetMapping("/account/password")
	String form(@ModelAttribute("form") PasswordForm form) {
		return "access/password";
	}

	@PostMapping("/account/password")
	String change(@ModelAttribute("form") PasswordForm form, BindingResult binding, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			staff.changeOwnPassword(form.toCommand(), request.getRemoteAddr());
		}
		catch (ValidationException ex) {
			FormErrors.reject(binding, ex);
			form.setCurrentPassword(null);
			form.setNewPassword(null);
			form.setConfirmPassword(null);
			return "access/password";
		}
		new SecurityContextLogoutHandler().logout(request, response,
				SecurityContextHolder.getContext().getAuthentication());
		return "redirect:/login?passwordChanged";
	}

}
