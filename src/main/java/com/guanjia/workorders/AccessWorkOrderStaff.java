package com.guanjia.workorders;

import java.util.List;

import com.guanjia.access.DepartmentView;
import com.guanjia.access.StaffManagement;
import com.guanjia.platform.security.Role;

import org.springframework.stereotype.Component;

/** The step rules' questions about staff, answered by the access module. */
@Component
class AccessWorkOrderStaff implements WorkOrderStaff {

	private final StaffManagement staff;

	AccessWorkOrderStaff(StaffManagement staff) {
		this.staff = staff;
	}

	@Override
	public List<DepartmentView> departments(long communityId) {
		return staff.departments(communityId);
	}

	@Override
	public boolean worksIn(long communityId, long staffId, long departmentId) {
		return staff.recipients(communityId, null, staffId)
			.stream()
			.flatMap(s -> s.assignments().stream())
			.anyMatch(a -> a.communityId() == communityId && a.departmentId() != null
					&& a.departmentId() == departmentId);
	}

	@Override
	public boolean isManager(long communityId, long staffId) {
		return !staff.recipients(communityId, Role.MANAGER, staffId).isEmpty();
	}

}
