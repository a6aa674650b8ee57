package com.guanjia.workorders;

import java.util.List;
import java.util.Set;

import com.guanjia.access.DepartmentView;
import com.guanjia.access.StaffCommand;
import com.guanjia.access.StaffManagement;
import com.guanjia.access.StaffView;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;

import org.springframework.stereotype.Component;

/** Staff in a department and ready-made orders for the work-order tests. */
@Component
public class WorkOrderFixtures {

	private final StaffManagement staff;

	private final WorkOrderIntake intake;

	private final WorkOrderWorkflow workflow;

	WorkOrderFixtures(StaffManagement staff, WorkOrderIntake intake, WorkOrderWorkflow workflow) {
		this.staff = staff;
		this.intake = intake;
		this.workflow = workflow;
	}

	/** A staff member of one community in a department (e.g. ENGINEERING). */
	public StaffUser staffIn(Role role, long communityId, String department) {
		String username = Fixtures.unique("w");
		StaffView view = Fixtures.as(Fixtures.ROOT,
				() -> staff.create(new StaffCommand(username, "师傅" + username, Fixtures.PASSWORD, null, Set.of(role),
						List.of(new StaffCommand.AssignmentCommand(communityId, department)))));
		return new StaffUser(view.id(), view.username(), view.displayName(), null, view.roles(), true);
	}

	public long department(long communityId, String code) {
		return Fixtures.as(Fixtures.ROOT, () -> staff.departments(communityId))
			.stream()
			.filter(d -> d.code().equals(code))
			.map(DepartmentView::id)
			.findFirst()
			.orElseThrow();
	}

	public WorkOrderView repair(StaffUser agent, long communityId, long unitId, String category, boolean immediate) {
		return Fixtures.as(agent,
				() -> intake.open(communityId,
						OpenWorkOrder.of(WorkOrderKind.IN_UNIT_REPAIR)
							.unit(unitId)
							.reporter(null, "张三", "13812345678")
							.description("厨房水龙头漏水")
							.convenientTime("工作日晚上")
							.immediate(immediate)
							.category(category)
							.build()));
	}

	/**
	 * An in-unit repair taken in by the agent, dispatched to the technician, accepted,
	 * and the technician on site: the next step is to complete it.
	 */
	public WorkOrderView repairOnSite(StaffUser agent, StaffUser technician, long communityId, long unitId) {
		WorkOrderView o = repair(agent, communityId, unitId, "SANITARY", false);
		Fixtures.as(agent,
				() -> workflow.dispatch(o.ref(), new WorkOrderCommands.Dispatch(null, technician.staffId(), null)));
		Fixtures.as(technician, () -> workflow.accept(o.ref()));
		Fixtures.as(technician, () -> workflow.arrive(o.ref()));
		return o;
	}

	public WorkOrderView complaint(StaffUser agent, long communityId, Severity severity,
			java.time.@org.jspecify.annotations.Nullable LocalDate residentDeadline) {
		return Fixtures.as(agent,
				() -> intake.open(communityId,
						OpenWorkOrder.of(WorkOrderKind.COMPLAINT)
							.reporter(null, "李四", "13912345678")
							.description("保安态度恶劣")
							.complaint(severity, "安保部", "赔礼道歉", residentDeadline)
							.build()));
	}

}
