package com.guanjia.workorders;

import java.util.List;

import com.guanjia.access.DepartmentView;

/**
 * What the step rules ask about a community's staff: its departments with their heads and
 * shift leads, where a member of staff works, and who is its manager. A port so that the
 * rule table is tested as plain Java over a written-down staff, and answered in the
 * application by the access module ({@link AccessWorkOrderStaff}).
 */
interface WorkOrderStaff {

	/** The community's departments with their leads. */
	List<DepartmentView> departments(long communityId);

	/**
	 * Whether an enabled member of staff is assigned to the department in the community.
	 */
	boolean worksIn(long communityId, long staffId, long departmentId);

	/** Whether an enabled member of staff is a manager of the community. */
	boolean isManager(long communityId, long staffId);

}
