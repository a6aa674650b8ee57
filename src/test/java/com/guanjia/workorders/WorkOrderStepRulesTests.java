package com.guanjia.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.guanjia.access.DepartmentView;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.workorders.WorkOrderSnapshot.Assignment;
import com.guanjia.workorders.WorkOrderSnapshot.Classification;
import com.guanjia.workorders.WorkOrderSnapshot.Closure;
import com.guanjia.workorders.WorkOrderSnapshot.Complaint;
import com.guanjia.workorders.WorkOrderSnapshot.Header;
import com.guanjia.workorders.WorkOrderSnapshot.Outcome;
import com.guanjia.workorders.WorkOrderSnapshot.Pause;
import com.guanjia.workorders.WorkOrderSnapshot.Place;
import com.guanjia.workorders.WorkOrderSnapshot.Reporter;
import com.guanjia.workorders.WorkOrderSnapshot.Request;
import com.guanjia.workorders.WorkOrderSnapshot.Standing;
import com.guanjia.workorders.WorkOrderSnapshot.Visit;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may take which step of a work order (R3.2, R3.6, R4.2, R4.3), without Spring: the
 * signed-in member of staff is a hand-made scope, the community's staff a written-down
 * {@link WorkOrderStaff}. Community 7 has engineering (id 3: head 20, shift lead 21) and
 * cleaning (id 4: head 10, shift lead 11). Seed 001 3.5.1: "由工程部長或班長分配工作任務，簽發《派工單》";
 * 3.5.2: "由工程部長或班長對其作業進行檢驗"; seed 002: "重大投诉，应当天呈送管理处主任…重要投诉，应在接待一小时内转呈部门主管".
 */
class WorkOrderStepRulesTests {

	static final Instant CREATED = Instant.parse("2026-11-30T01:00:00Z");

	record Scope(long staffId, Set<Permission> permissions) implements CommunityScope {

		@Override
		public List<Long> allowedIds() {
			return List.of(7L);
		}

		@Override
		public boolean has(Permission permission) {
			return permissions.contains(permission);
		}

		@Override
		public String actor() {
			return "staff" + staffId;
		}

	}

	/**
	 * Staff 60 works in cleaning, 61 in engineering, 62 in cleaning of another community.
	 */
	static final WorkOrderStaff STAFF = new WorkOrderStaff() {

		@Override
		public List<DepartmentView> departments(long communityId) {
			return communityId != 7 ? List.of()
					: List.of(new DepartmentView(3, 7, "ENGINEERING", "工程部", 20L, List.of(21L)),
							new DepartmentView(4, 7, "CLEANING", "保洁部", 10L, List.of(11L)));
		}

		@Override
		public boolean worksIn(long communityId, long staffId, long departmentId) {
			record Member(long community, long staff, long department) {
			}
			return List.of(new Member(7, 60, 4), new Member(7, 61, 3), new Member(8, 62, 4))
				.contains(new Member(communityId, staffId, departmentId));
		}

		@Override
		public boolean isManager(long communityId, long staffId) {
			return communityId == 7 && staffId == 50;
		}

	};

	static WorkOrderStepRules as(long staffId, Permission... permissions) {
		return new WorkOrderStepRules(new Scope(staffId, Set.of(permissions)), STAFF);
	}

	static WorkOrder order(WorkOrderKind kind, WorkOrderStatus status, Severity severity, Long departmentId,
			Long technicianId) {
		Complaint complaint = kind == WorkOrderKind.COMPLAINT ? new Complaint(severity, null, null, null, null) : null;
		return WorkOrder.restore(new WorkOrderSnapshot(new Header(1, 7, "WO-20261130-0001", kind, status, CREATED, 0),
				new Request(Place.of(null, null, null), new Reporter(null, "张三", "13812345678"), "漏水", null, false,
						null),
				new Classification(null, Warranty.Decision.PAID, null, false, false), complaint,
				new Assignment(departmentId, technicianId, technicianId == null ? null : "师傅" + technicianId),
				Visit.NONE, new Outcome(null, null, null, null, null, null), Closure.NONE, Pause.NONE, Standing.NONE));
	}

	static WorkOrder received(WorkOrderKind kind) {
		return order(kind, WorkOrderStatus.RECEIVED, null, null, null);
	}

	static boolean may(WorkOrderStepRules rules, WorkOrderAction step, WorkOrder o) {
		try {
			rules.require(step, o);
			return true;
		}
		catch (AccessDeniedException ex) {
			return false;
		}
	}

	@Test
	void r3_2_theDeskDispatchesWorkInAUnitButNotInAPublicPlace() {
		// staff 10 is at the desk and also heads cleaning: still not engineering
		WorkOrderStepRules desk = as(10, Permission.WORKORDER_WRITE);
		WorkOrder unit = received(WorkOrderKind.IN_UNIT_REPAIR);
		WorkOrder pub = received(WorkOrderKind.PUBLIC_REPAIR);
		assertThatCode(() -> desk.require(WorkOrderAction.DISPATCH, unit)).doesNotThrowAnyException();
		assertThatThrownBy(() -> desk.require(WorkOrderAction.DISPATCH, pub)).isInstanceOf(AccessDeniedException.class)
			.hasMessageContaining("DISPATCH")
			.hasMessageContaining("WO-20261130-0001");
		assertThat(desk.stepsFor(unit)).contains(WorkOrderAction.DISPATCH);
		assertThat(desk.stepsFor(pub)).doesNotContain(WorkOrderAction.DISPATCH);
		// nobody without a part on the order: no step at all
		assertThat(as(99).stepsFor(unit)).isEmpty();
	}

	@Test
	void r3_6_theEngineeringHeadOrAShiftLeadDispatchesAndInspectsPublicWork() {
		WorkOrder pub = received(WorkOrderKind.PUBLIC_REPAIR);
		WorkOrder unit = received(WorkOrderKind.IN_UNIT_REPAIR);
		WorkOrder patrol = received(WorkOrderKind.PATROL_FINDING);
		for (long lead : new long[] { 20, 21 }) {
			WorkOrderStepRules engineering = as(lead);
			assertThat(may(engineering, WorkOrderAction.DISPATCH, pub)).as("lead " + lead).isTrue();
			assertThat(engineering.stepsFor(pub)).contains(WorkOrderAction.DISPATCH);
			assertThat(may(engineering, WorkOrderAction.INSPECT, pub)).isTrue();
			assertThat(may(engineering, WorkOrderAction.DISPATCH, unit)).isFalse();
			assertThat(may(engineering, WorkOrderAction.INSPECT, patrol)).isFalse();
		}
		// the cleaning head and a customer-service supervisor do not inspect public work;
		// a supervisor checks a patrol finding
		assertThat(may(as(10), WorkOrderAction.DISPATCH, pub)).isFalse();
		WorkOrderStepRules supervisor = as(30, Permission.WORKORDER_SUPERVISE);
		assertThat(may(supervisor, WorkOrderAction.INSPECT, pub)).isFalse();
		assertThat(may(supervisor, WorkOrderAction.INSPECT, patrol)).isTrue();
	}

	@Test
	void r3_2_onlyTheTechnicianTheOrderIsDispatchedToWorksIt() {
		WorkOrder mine = order(WorkOrderKind.IN_UNIT_REPAIR, WorkOrderStatus.DISPATCHED, null, 3L, 42L);
		assertThat(may(as(42, Permission.WORKORDER_WORK), WorkOrderAction.ACCEPT, mine)).isTrue();
		assertThat(as(42, Permission.WORKORDER_WORK).stepsFor(mine)).contains(WorkOrderAction.ACCEPT);
		assertThat(may(as(43, Permission.WORKORDER_WORK), WorkOrderAction.ACCEPT, mine)).isFalse();
		// assigned but not a technician (no WORKORDER_WORK): not on a repair
		assertThat(may(as(42), WorkOrderAction.ACCEPT, mine)).isFalse();
		// nobody assigned yet
		WorkOrder nobody = order(WorkOrderKind.IN_UNIT_REPAIR, WorkOrderStatus.DISPATCHED, null, 3L, null);
		assertThat(may(as(42, Permission.WORKORDER_WORK), WorkOrderAction.ACCEPT, nobody)).isFalse();
		// a supervisor may act for the technician
		assertThat(may(as(30, Permission.WORKORDER_SUPERVISE), WorkOrderAction.ACCEPT, mine)).isTrue();
		// R4.3: a complaint's handler may be any staff member of the department (a
		// butler)
		WorkOrder complaint = order(WorkOrderKind.COMPLAINT, WorkOrderStatus.DISPATCHED, Severity.MINOR, 4L, 42L);
		assertThat(may(as(42), WorkOrderAction.ANSWER, complaint)).isTrue();
		assertThat(may(as(43), WorkOrderAction.ANSWER, complaint)).isFalse();
	}

	@Test
	void r4_2_aComplaintIsTakenInByTheHeadOrAShiftLeadOfItsDepartmentOrASupervisor() {
		WorkOrder complaint = order(WorkOrderKind.COMPLAINT, WorkOrderStatus.RECEIVED, Severity.IMPORTANT, 4L, null);
		assertThat(may(as(10), WorkOrderAction.ACKNOWLEDGE, complaint)).isTrue();
		assertThat(may(as(11), WorkOrderAction.ACKNOWLEDGE, complaint)).isTrue();
		assertThat(may(as(30, Permission.WORKORDER_SUPERVISE), WorkOrderAction.ACKNOWLEDGE, complaint)).isTrue();
		// the engineering head leads another department; the desk takes nothing in
		assertThat(may(as(20), WorkOrderAction.ACKNOWLEDGE, complaint)).isFalse();
		assertThat(may(as(12, Permission.WORKORDER_WRITE), WorkOrderAction.ACKNOWLEDGE, complaint)).isFalse();
		// not routed to a department yet: no department lead
		WorkOrder unrouted = order(WorkOrderKind.COMPLAINT, WorkOrderStatus.RECEIVED, Severity.IMPORTANT, null, null);
		assertThat(may(as(10), WorkOrderAction.ACKNOWLEDGE, unrouted)).isFalse();
	}

	@Test
	void r4_2_aMajorComplaintReachesTheManagerAnImportantOneTheHeadOfItsDepartment() {
		WorkOrder major = order(WorkOrderKind.COMPLAINT, WorkOrderStatus.RECEIVED, Severity.MAJOR, 4L, null);
		assertThat(as(50, Permission.WORKORDER_SUPERVISE).reachesWhomItMust(major)).isTrue();
		// another supervisor, or the department's head, does not stop a major one's clock
		assertThat(as(30, Permission.WORKORDER_SUPERVISE).reachesWhomItMust(major)).isFalse();
		assertThat(as(10).reachesWhomItMust(major)).isFalse();
		WorkOrder important = order(WorkOrderKind.COMPLAINT, WorkOrderStatus.RECEIVED, Severity.IMPORTANT, 4L, null);
		assertThat(as(10).reachesWhomItMust(important)).isTrue();
		assertThat(as(11).reachesWhomItMust(important)).isTrue();
		assertThat(as(20).reachesWhomItMust(important)).isFalse();
		assertThat(as(50, Permission.WORKORDER_SUPERVISE).reachesWhomItMust(important)).isFalse();
		// a minor one has no one it must reach
		WorkOrder minor = order(WorkOrderKind.COMPLAINT, WorkOrderStatus.RECEIVED, Severity.MINOR, 4L, null);
		assertThat(as(10).reachesWhomItMust(minor)).isFalse();
	}

	@Test
	void r4_3_anyoneOfTheResponsibleDepartmentContactsTheResidentFirst() {
		WorkOrder complaint = order(WorkOrderKind.COMPLAINT, WorkOrderStatus.DISPATCHED, Severity.MINOR, 4L, null);
		assertThat(may(as(60), WorkOrderAction.CONTACT, complaint)).isTrue();
		assertThat(may(as(11), WorkOrderAction.CONTACT, complaint)).isTrue();
		// another department, the same department of another community, nobody
		assertThat(may(as(61), WorkOrderAction.CONTACT, complaint)).isFalse();
		assertThat(may(as(62), WorkOrderAction.CONTACT, complaint)).isFalse();
		assertThat(may(as(63), WorkOrderAction.CONTACT, complaint)).isFalse();
		// not routed yet: no department to work in
		WorkOrder unrouted = order(WorkOrderKind.COMPLAINT, WorkOrderStatus.DISPATCHED, Severity.MINOR, null, null);
		assertThat(may(as(60), WorkOrderAction.CONTACT, unrouted)).isFalse();
	}

}
