package com.guanjia.access.web;

import com.guanjia.access.PasswordChange;
import com.guanjia.access.StaffManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "account", description = "The signed-in staff member's own account")
class AccountApiController {

	private final StaffManagement staff;

	AccountApiController(StaffManagement staff) {
		this.staff = staff;
	}

	/**
	 * The schema name in the OpenAPI document (another class is named PasswordRequest).
	 */
	@Schema(name = "PasswordChangeRequest")
	record PasswordRequest(@Nullable String currentPassword, @Nullable String newPassword) {
	}

	@PutMapping("/api/account/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change your own password",
			description = "Needs the current password (a wrong one counts like a failed login). The new one: at least "
					+ "10 characters, not a common password, not one character repeated, not containing the username. "
					+ "Ends every session and token of the account, this one too.")
	void changePassword(@RequestBody PasswordRequest request, HttpServletRequest http) {
		staff.changeOwnPassword(new PasswordChange(request.currentPassword(), request.newPassword(), null),
				http.getRemoteAddr());
	}

}
