package com.guanjia.access;

import java.util.List;
import java.util.Set;

import com.guanjia.platform.security.Role;
import com.guanjia.shared.PhoneNumber;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

/**
 * Creates or changes a staff account. The password is only required when creating; on a
 * change a blank password keeps the old one.
 */
public record StaffCommand(@Nullable String username, @Nullable String displayName, @Nullable String password,
		@Nullable String phone, @Nullable Set<Role> roles, @Nullable List<AssignmentCommand> assignments) {

	public record AssignmentCommand(long communityId, @Nullable String departmentCode) {
	}

	static final int MIN_PASSWORD = 8;

	void validate(boolean creating) {
		Problems p = new Problems();
		if (creating) {
			p.text("username", username, 50);
			if (username != null && !username.isBlank()) {
				p.check(username.strip().matches("[a-z0-9_.-]{3,50}"), "username", "validation.username");
			}
		}
		p.text("displayName", displayName, 50);
		if (creating || (password != null && !password.isBlank())) {
			checkPassword(p, password);
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

	/** A password of 8 to 72 characters (bcrypt reads no further). */
	static void checkPassword(@Nullable String password) {
		Problems p = new Problems();
		checkPassword(p, password);
		p.throwIfAny();
	}

	private static void checkPassword(Problems p, @Nullable String password) {
		p.check(password != null && password.length() >= MIN_PASSWORD && password.length() <= 72, "password",
				"validation.password", MIN_PASSWORD);
	}

	List<AssignmentCommand> assignmentsOrEmpty() {
		return assignments == null ? List.of() : assignments;
	}

}
