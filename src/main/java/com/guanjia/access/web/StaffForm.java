package com.guanjia.access.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import com.guanjia.access.StaffCommand;
import com.guanjia.access.StaffView;
import com.guanjia.platform.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * The staff form of the console: one row per community the administrator may assign, each
 * with a check box and the department in that community.
 */
public class StaffForm {

	private @Nullable String username;

	private @Nullable String displayName;

	private @Nullable String password;

	private @Nullable String phone;

	private List<Role> roles = new ArrayList<>();

	private List<AssignmentRow> assignments = new ArrayList<>();

	private int version;

	/** An empty form with a row for every community. */
	static StaffForm blank(Collection<Long> communityIds) {
		StaffForm form = new StaffForm();
		communityIds.forEach(id -> form.assignments.add(new AssignmentRow(id, false, null)));
		return form;
	}

	/** The form of an existing account, its assignments ticked. */
	static StaffForm of(StaffView staff, Collection<Long> communityIds) {
		StaffForm form = new StaffForm();
		form.username = staff.username();
		form.displayName = staff.displayName();
		form.phone = staff.phone();
		form.roles = new ArrayList<>(staff.roles());
		form.roles.sort(null);
		form.version = staff.version();
		for (long id : communityIds) {
			StaffView.Assignment a = staff.assignments()
				.stream()
				.filter(x -> x.communityId() == id)
				.findFirst()
				.orElse(null);
			form.assignments.add(new AssignmentRow(id, a != null, a == null ? null : a.departmentCode()));
		}
		return form;
	}

	StaffCommand toCommand() {
		List<StaffCommand.AssignmentCommand> chosen = assignments.stream()
			.filter(AssignmentRow::isSelected)
			.map(a -> new StaffCommand.AssignmentCommand(a.getCommunityId(), a.getDepartmentCode()))
			.toList();
		return new StaffCommand(username, displayName, password, phone, new LinkedHashSet<>(roles), chosen);
	}

	/** A community the member may work for and, when ticked, in which department. */
	public static class AssignmentRow {

		private long communityId;

		private boolean selected;

		private @Nullable String departmentCode;

		public AssignmentRow() {
		}

		AssignmentRow(long communityId, boolean selected, @Nullable String departmentCode) {
			this.communityId = communityId;
			this.selected = selected;
			this.departmentCode = departmentCode;
		}

		public long getCommunityId() {
			return communityId;
		}

		public void setCommunityId(long communityId) {
			this.communityId = communityId;
		}

		public boolean isSelected() {
			return selected;
		}

		public void setSelected(boolean selected) {
			this.selected = selected;
		}

		public @Nullable String getDepartmentCode() {
			return departmentCode;
		}

		public void setDepartmentCode(@Nullable String departmentCode) {
			this.departmentCode = departmentCode;
		}

	}

	public @Nullable String getUsername() {
		return username;
	}

	public void setUsername(@Nullable String username) {
		this.username = username;
	}

	public @Nullable String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(@Nullable String displayName) {
		this.displayName = displayName;
	}

	public @Nullable String getPassword() {
		return password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	public @Nullable String getPhone() {
		return phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = phone;
	}

	public List<Role> getRoles() {
		return roles;
	}

	public void setRoles(List<Role> roles) {
		this.roles = roles;
	}

	public List<AssignmentRow> getAssignments() {
		return assignments;
	}

	public void setAssignments(List<AssignmentRow> assignments) {
		this.assignments = assignments;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
