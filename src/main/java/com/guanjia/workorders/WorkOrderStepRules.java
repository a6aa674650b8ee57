package com.guanjia.workorders;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.guanjia.access.DepartmentKind;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may take each step of a work order: the one table that the order's page (its step
 * forms), the API (the {@code actions} of an order) and the services (their permission
 * checks) all read. Which steps the order's state and kind allow is the order's own
 * business ({@link WorkOrder#possibleSteps()}); this table adds who is acting.
 * <ul>
 * <li>the front desk (staff who take in and run orders, {@code WORKORDER_WRITE})
 * dispatches and reassigns work in a unit and answered orders, cancels, reopens and
 * closes an answered order (R3.2, R4.3);</li>
 * <li>work in a public place (a public-facility repair, a patrol finding) is assigned by
 * the engineering department's head or a shift lead, who issues the dispatch sheet (R3.6,
 * seed 001 3.5.1: "由工程部長或班長分配工作任務，簽發《派工單》"), not by the desk;</li>
 * <li>the technician the order is dispatched to ({@code WORKORDER_WORK}) does the work on
 * site (R3.2–R3.4);</li>
 * <li>the desk, the assigned technician or a supervisor answers, completes, takes the
 * resident's sign-off and holds or resumes;</li>
 * <li>a supervisor ({@code WORKORDER_SUPERVISE}) may act for the technician, takes a
 * complaint into the handling procedure and re-classifies it (R4.2);</li>
 * <li>anyone of the department a complaint is routed to — the butler handling it, a
 * colleague, its head or shift lead — or a supervisor records a contact with the resident
 * (R4.3, seed 002: "相关部门直接责任人第一时间与客户取得联系"; seed 001: "安排区域客服管家进行跟进处理"), not only a
 * technician;</li>
 * <li>the engineering department's head or a shift lead — and nobody else, not a
 * customer-service supervisor — inspects and signs public-facility work (R3.6, seed 001
 * 3.5.2: "由工程部長或班長對其作業進行檢驗，回收《派工單》，簽字并存檔"); a supervisor checks the work of a patrol
 * finding.</li>
 * </ul>
 */
@Component
class WorkOrderStepRules {

	/** The parts a member of staff can play on an order. */
	enum Party {

		DESK, ASSIGNED_WORKER, SUPERVISOR, ENGINEERING_LEAD,
		/**
		 * The head or a shift lead of the department the order is routed to (R4.2, R4.3).
		 */
		DEPARTMENT_LEAD,
		/** Any member of staff of the department the order is routed to (R4.3). */
		DEPARTMENT_MEMBER

	}

	private final CommunityScope scope;

	private final WorkOrderStaff staff;

	WorkOrderStepRules(CommunityScope scope, WorkOrderStaff staff) {
		this.scope = scope;
		this.staff = staff;
	}

	/** The table: who may take a step on an order of a kind. */
	static Set<Party> whoMay(WorkOrderAction step, WorkOrderKind kind) {
		return switch (step) {
			case DISPATCH, REASSIGN -> kind.visitedOnSite() && kind.inPublicPlace() ? EnumSet.of(Party.ENGINEERING_LEAD)
					: EnumSet.of(Party.DESK);
			case CLOSE, CANCEL, REOPEN -> EnumSet.of(Party.DESK);
			// R3.3: a request is never refused; declining a special case, with the reason
			// explained to the resident, is a supervisor's decision.
			case DECLINE -> EnumSet.of(Party.SUPERVISOR);
			// R4.2: the head of the responsible department takes an important complaint
			// in, the manager a major one (a supervisor may record it as well).
			case ACKNOWLEDGE -> EnumSet.of(Party.SUPERVISOR, Party.DEPARTMENT_LEAD);
			case RECLASSIFY -> EnumSet.of(Party.SUPERVISOR);
			case CONTACT ->
				EnumSet.of(Party.ASSIGNED_WORKER, Party.DEPARTMENT_MEMBER, Party.DEPARTMENT_LEAD, Party.SUPERVISOR);
			case ACCEPT, BOOK, ARRIVE, NOBODY_HOME, PROPOSE, MATERIAL, CHARGE ->
				EnumSet.of(Party.ASSIGNED_WORKER, Party.SUPERVISOR);
			case ANSWER, COMPLETE, SIGN, HOLD, RESUME ->
				EnumSet.of(Party.DESK, Party.ASSIGNED_WORKER, Party.SUPERVISOR);
			case PHOTO -> EnumSet.of(Party.DESK, Party.ASSIGNED_WORKER);
			// R3.6: the engineering head or shift lead; a patrol finding's check: a
			// supervisor. On a kind closed another way the order itself refuses the
			// inspection (422, naming the step), whoever asks.
			case INSPECT -> switch (kind.closing()) {
				case LEAD_INSPECTION -> EnumSet.of(Party.ENGINEERING_LEAD);
				case SUPERVISOR_CHECK -> EnumSet.of(Party.SUPERVISOR);
				case RESIDENT_SIGN_OFF, ANSWERED -> EnumSet.of(Party.ENGINEERING_LEAD, Party.SUPERVISOR);
			};
			// Taken by the system, or recorded on the return visit (RETURN_VISIT).
			case OPEN, ESCALATE, WARN, AUTO_CLOSE, VISIT, UNREACHED -> EnumSet.noneOf(Party.class);
		};
	}

	/**
	 * Whether the caller taking a complaint in meets its escalation clock (R4.2): the
	 * manager for a major complaint, the head of the responsible department for an
	 * important one.
	 */
	boolean reachesWhomItMust(WorkOrder o) {
		return new Caller(o).reachesWhomItMust();
	}

	/** The steps the caller may take on the order now, in the order of the steps. */
	List<WorkOrderAction> stepsFor(WorkOrder o) {
		Caller me = new Caller(o);
		return o.possibleSteps().stream().filter(step -> me.mayTake(step)).toList();
	}

	/**
	 * Refuses (403) a step the caller may not take on this order, whatever its state (the
	 * order itself refuses a step its state does not allow).
	 */
	void require(WorkOrderAction step, WorkOrder o) {
		if (!new Caller(o).mayTake(step)) {
			throw new AccessDeniedException("may not " + step + " work order " + o.number());
		}
	}

	/** The signed-in member of staff facing one order. */
	private final class Caller {

		private final WorkOrder order;

		private Boolean lead;

		Caller(WorkOrder order) {
			this.order = order;
		}

		boolean mayTake(WorkOrderAction step) {
			return whoMay(step, order.kind()).stream().anyMatch(this::plays);
		}

		private boolean plays(Party party) {
			return switch (party) {
				case DESK -> scope.has(Permission.WORKORDER_WRITE);
				case SUPERVISOR -> scope.has(Permission.WORKORDER_SUPERVISE);
				// A complaint's handler may be any staff member of the department (a
				// butler, R4.3), the others technicians.
				case ASSIGNED_WORKER -> (scope.has(Permission.WORKORDER_WORK) || order.kind().graded())
						&& order.isAssignedTo(scope.staffId());
				case ENGINEERING_LEAD -> leadsEngineering();
				case DEPARTMENT_LEAD -> leadsOrdersDepartment();
				case DEPARTMENT_MEMBER -> worksInOrdersDepartment();
			};
		}

		/**
		 * Whether the caller is on the staff of the order's department in its community.
		 */
		private boolean worksInOrdersDepartment() {
			Long department = order.departmentId();
			long me = scope.staffId();
			return department != null && me != 0 && staff.worksIn(order.communityId(), me, department);
		}

		/** Whether the caller is the head or a shift lead of the order's department. */
		private boolean leadsOrdersDepartment() {
			Long department = order.departmentId();
			long me = scope.staffId();
			return department != null && staff.departments(order.communityId())
				.stream()
				.anyMatch(d -> d.id() == department && d.isLead(me));
		}

		/**
		 * Whether the complaint has reached whom R4.2 says it must (seed 002:
		 * "重大投诉，应当天呈送管理处主任进入处理程序…重要投诉，应在接待一小时内转呈部门主管进入处理程序"): a major one the centre
		 * manager, an important one the head of its department. Anyone else taking it in
		 * — an agent's dispatch, another supervisor — does not stop that clock.
		 */
		boolean reachesWhomItMust() {
			Severity severity = order.severity();
			if (severity == Severity.MAJOR) {
				return staff.isManager(order.communityId(), scope.staffId());
			}
			return severity == Severity.IMPORTANT && leadsOrdersDepartment();
		}

		/** Read once per order and caller, and only when a step asks for it. */
		private boolean leadsEngineering() {
			if (lead == null) {
				long me = scope.staffId();
				lead = staff.departments(order.communityId())
					.stream()
					.filter(d -> DepartmentKind.ENGINEERING.name().equals(d.code()))
					.anyMatch(d -> d.isLead(me));
			}
			return lead;
		}

	}

}
