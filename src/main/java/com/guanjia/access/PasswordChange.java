package com.guanjia.access;

import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

/**
 * A staff member's change of their own password (issue 9 item 10): the current one, the
 * new one and, from the console's form, the new one typed again.
 */
public record PasswordChange(@Nullable String currentPassword, @Nullable String newPassword,
		@Nullable String confirmPassword) {

	void validate(String username) {
		Problems p = new Problems();
		p.required("currentPassword", currentPassword == null || currentPassword.isEmpty() ? null : currentPassword);
		PasswordPolicy.standard().check(p, "newPassword", newPassword, username);
		if (p.isEmpty()) {
			p.check(!newPassword.equals(currentPassword), "newPassword", "validation.password.same");
			p.check(confirmPassword == null || confirmPassword.equals(newPassword), "confirmPassword",
					"validation.password.confirm");
		}
		p.throwIfAny();
	}

}
