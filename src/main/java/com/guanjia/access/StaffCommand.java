package com.guanjia.access;

import java.util.List;
import java.util.Set;

import com.guanjia.platform.security.Role;
import com.guanjia.shared.PhoneNumber;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * Creates or changes a staff account. The password is only required when creating; on a
 * change a blank password keeps the old one. A new password must pass the
 * {@link PasswordPolicy}.
 */
@NamedInterface("api")
public record StaffCommand(@Nullable String username, @Nullable String displayName, @Nullable String password,
		@Nullable String phone, @Nullable Set<Role> roles, @Nullable List<AssignmentCommand> assignments) {

	@NamedInterface("api")
	public record AssignmentCommand(long communityId, @Nullable String departmentCode) {
	}

	/**
	 * Checks every field; a password by the {@link PasswordPolicy} (with the account's
	 * username), unless {@code passwordPolicy} is false — for the demo accounts only.
	 */
	void validate(boolean creating, @Nullable String accountUsername, boolean passwordPolicy) {
		Problems p = new Problems();
		if (creating) {
			p.text("username", username, 50);
			if (username != null && !username.isBlank()) {
				p.check(username.strip().matches("[a-z0-9_.-]{3,50}"), "username", "validation.username");
			}
		}
		p.text("displayName", displayName, 50);
		if (creating || (password != null && !password.isBlank())) {
			if (passwordPolicy) {
				PasswordPolicy.standard().check(p, "password", password, accountUsername);
			}
			else {
				p.text("password", password, PasswordPolicy.MAX_BYTES);
			}
		}
		if (phone != null && !phone.isBlank()) {
			p.check(PhoneNumber.normalize(phone) != null, "phone", "validation.phone.format");
		}
		p.check(roles != null && !roles.isEmpty(), "roles", "validation.roles.required");
		boolean admin = roles != null && roles.contains(Role.ADMIN);
		p.check(admin || (assignments != null && !assignments.isEmpty()), "assignments",
				"validation.assignments.required");
		p.throwIfAny();
	}

	/** A new password for the account, by the {@link PasswordPolicy}. */
	static void checkPassword(@Nullable String password, String accountUsername) {
		Problems p = new Problems();
		PasswordPolicy.standard().check(p, "password", password, accountUsername);
		p.throwIfAny();
	}

	List<AssignmentCommand> assignmentsOrEmpty() {
		return assignments == null ? List.of() : assignments;
	}

}
