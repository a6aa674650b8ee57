package com.guanjia.access.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.guanjia.access.DepartmentView;
import com.guanjia.access.StaffCommand;
import com.guanjia.access.StaffManagement;
import com.guanjia.access.StaffView;
import com.guanjia.platform.security.Role;
import com.guanjia.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff accounts and departments as JSON; accounts are for administrators only
 * (STAFF_ADMIN).
 */
@RestController
@RequestMapping("/api")
@Tag(name = "staff", description = "Staff accounts, roles, community assignments and departments")
class StaffApiController {

	private final StaffManagement staff;

	StaffApiController(StaffManagement staff) {
		this.staff = staff;
	}

	record StaffRequest(@Nullable String username, @Nullable String displayName, @Nullable String password,
			@Nullable String phone, @Nullable Set<Role> roles,
			@Nullable List<StaffCommand.AssignmentCommand> assignments, @Nullable Integer version) {

		StaffCommand toCommand() {
			return new StaffCommand(username, displayName, password, phone, roles, assignments);
		}

	}

	record EnabledRequest(@Nullable Boolean enabled) {
	}

	record PasswordRequest(@Nullable String password) {
	}

	record LeadRequest(@Nullable Long leadStaffId) {
	}

	@GetMapping("/staff")
	@Operation(summary = "Staff accounts, optionally those working for one community")
	List<StaffView> list(@RequestParam(required = false) Long communityId) {
		return staff.list(communityId);
	}

	@GetMapping("/staff/{id}")
	StaffView get(@PathVariable long id) {
		return staff.get(id);
	}

	@PostMapping("/staff")
	@ResponseStatus(HttpStatus.CREATED)
	StaffView create(@RequestBody StaffRequest request) {
		return staff.create(request.toCommand());
	}

	@PutMapping("/staff/{id}")
	@Operation(summary = "Change name, phone, roles and assignments",
			description = "A change of roles or assignments ends the member's sessions and tokens.")
	StaffView update(@PathVariable long id, @RequestBody StaffRequest request) {
		return staff.update(id, ValidationException.required("version", request.version()), request.toCommand());
	}

	@PutMapping("/staff/{id}/enabled")
	@Operation(summary = "Enable or disable an account; disabling ends its sessions and tokens")
	StaffView setEnabled(@PathVariable long id, @RequestBody EnabledRequest request) {
		if (request.enabled() == null) {
			throw ValidationException.of("enabled", "validation.required");
		}
		return staff.setEnabled(id, request.enabled());
	}

	@PutMapping("/staff/{id}/password")
	@Operation(summary = "Reset the password; ends the member's sessions and tokens and lifts a login lock")
	StaffView resetPassword(@PathVariable long id, @RequestBody PasswordRequest request) {
		return staff.resetPassword(id, request.password());
	}

	record LoginRestriction(@Nullable Instant restrictedUntil) {
	}

	@GetMapping("/staff/{id}/login-restrictions")
	@Operation(summary = "Until when the login throttle refuses some logins of the account (null: none)")
	LoginRestriction loginRestriction(@PathVariable long id) {
		return new LoginRestriction(staff.loginRestrictedUntil(id).orElse(null));
	}

	@DeleteMapping("/staff/{id}/login-restrictions")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Lift the login restrictions of the account, from every address (audited)")
	void unlockLogin(@PathVariable long id) {
		staff.unlockLogin(id);
	}

	@GetMapping("/departments")
	@Operation(summary = "The departments of a community")
	List<DepartmentView> departments(@RequestParam long communityId) {
		return staff.departments(communityId);
	}

	@PutMapping("/departments/{id}/lead")
	@Operation(summary = "Name or clear (null) the lead of a department (R3.6: the engineering lead signs off repairs)",
			description = "Administrators and managers of the department's community only. The lead must be an "
					+ "enabled staff member assigned to this department of the community.")
	DepartmentView setLead(@PathVariable long id, @RequestBody LeadRequest request) {
		return staff.setLead(id, request.leadStaffId());
	}

	record ShiftLeadsRequest(@Nullable List<Long> shiftLeadStaffIds) {
	}

	@PutMapping("/departments/{id}/shift-leads")
	@Operation(summary = "Name the shift leads (班长) of a department, replacing those named before (R3.6)",
			description = "A department has one head (PUT /api/departments/{id}/lead, unchanged) and any number of "
					+ "shift leads; head and shift leads all lead it (the engineering head or a shift lead dispatches, "
					+ "issues the dispatch sheet of and inspects public-facility repairs). An empty list clears them. "
					+ "Administrators and managers of the department's community only; each must be an enabled staff "
					+ "member of this department of the community. The department answers with leadStaffId (the "
					+ "head) and shiftLeadStaffIds.")
	DepartmentView setShiftLeads(@PathVariable long id, @RequestBody ShiftLeadsRequest request) {
		return staff.setShiftLeads(id, request.shiftLeadStaffIds());
	}

}
