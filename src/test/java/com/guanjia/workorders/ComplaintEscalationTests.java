package com.guanjia.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.guanjia.notifications.Notifications;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.scheduling.DeadlineKind;
import com.guanjia.scheduling.DeadlineState;
import com.guanjia.scheduling.DeadlineView;
import com.guanjia.scheduling.Deadlines;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 10 item 4 (R4.2). Seed 002: "对于严重影响住户日常生活、安全…的重大投诉，应当天呈送管理处主任进入处理程序…；对于涉及管理、
 * 服务工作失误的重要投诉，应在接待一小时内转呈部门主管进入处理程序". An important complaint's hour is met when the head
 * of the responsible department takes it in, and the notice goes to that head, not to
 * every supervisor; a major one's day when the manager takes it in. An agent's dispatch
 * or another supervisor's acknowledgement meets neither.
 */
@GuanjiaTest
class ComplaintEscalationTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	WorkOrderFixtures orders;

	@Autowired
	WorkOrderIntake intake;

	@Autowired
	WorkOrderWorkflow workflow;

	@Autowired
	WorkOrderQueries queries;

	@Autowired
	Deadlines deadlines;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	long community;

	long cleaning;

	StaffUser agent;

	StaffUser supervisor;

	StaffUser manager;

	StaffUser cleaningHead;

	StaffUser technician;

	@BeforeEach
	void setUp() {
		community = fixtures.community("嘉禾苑").id();
		agent = fixtures.staff(Role.AGENT, community);
		supervisor = fixtures.staff(Role.SUPERVISOR, community);
		manager = fixtures.staff(Role.MANAGER, community);
		technician = orders.staffIn(Role.TECHNICIAN, community, "CLEANING");
		cleaningHead = orders.staffIn(Role.SUPERVISOR, community, "CLEANING");
		cleaning = orders.department(community, "CLEANING");
		jdbc.sql("update department set lead_staff_id = ? where community_id = ? and id = ?")
			.params(cleaningHead.staffId(), community, cleaning)
			.update();
	}

	WorkOrderView complaint(Severity severity) {
		return Fixtures.as(agent,
				() -> intake.open(community,
						OpenWorkOrder.of(WorkOrderKind.COMPLAINT)
							.reporter(null, "褚女士", "13600007777")
							.description("保洁员连续三天未清理楼道垃圾")
							.complaint(severity, "保洁部", "按时清运", null)
							.department(cleaning)
							.build()));
	}

	DeadlineState escalation(WorkOrderView c) {
		return deadlines.of(community, Deadlines.Subject.of("WORK_ORDER", c.id()))
			.stream()
			.filter(d -> d.kind() == DeadlineKind.ESCALATE)
			.map(DeadlineView::state)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void anImportantComplaintReachesTheHeadOfItsDepartmentNotJustAnyone() {
		WorkOrderView c = complaint(Severity.IMPORTANT);
		assertThat(c.departmentId()).isEqualTo(cleaning);
		// The notice goes to the head of cleaning, not to every supervisor.
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(Fixtures.as(cleaningHead, () -> notifications.inbox(false, 50)))
				.anySatisfy(n -> assertThat(n.text()).contains(c.number())));
		assertThat(Fixtures.as(supervisor, () -> notifications.inbox(false, 50)))
			.noneSatisfy(n -> assertThat(n.text()).contains(c.number()));

		Fixtures.as(agent,
				() -> workflow.dispatch(c.ref(), new WorkOrderCommands.Dispatch(null, technician.staffId(), null)));
		assertThat(escalation(c)).isEqualTo(DeadlineState.RUNNING);
		Fixtures.as(supervisor, () -> workflow.acknowledge(c.ref(), new WorkOrderCommands.Note("已看到")));
		assertThat(escalation(c)).isEqualTo(DeadlineState.RUNNING);
		// The dispatch kept the department routed at intake.
		assertThat(Fixtures.as(agent, () -> queries.get(c.ref())).departmentId()).isEqualTo(cleaning);
		Fixtures.as(cleaningHead, () -> workflow.acknowledge(c.ref(), new WorkOrderCommands.Note("已安排保洁主管处理")));
		assertThat(escalation(c)).isEqualTo(DeadlineState.MET);
	}

	@Test
	void aMajorComplaintIsMetOnlyWhenTheManagerHasIt() {
		WorkOrderView c = complaint(Severity.MAJOR);
		Fixtures.as(cleaningHead, () -> workflow.acknowledge(c.ref(), new WorkOrderCommands.Note("已接收")));
		Fixtures.as(supervisor, () -> workflow.acknowledge(c.ref(), new WorkOrderCommands.Note("已接收")));
		assertThat(escalation(c)).isEqualTo(DeadlineState.RUNNING);
		Fixtures.as(manager, () -> workflow.acknowledge(c.ref(), new WorkOrderCommands.Note("主任已接收")));
		assertThat(escalation(c)).isEqualTo(DeadlineState.MET);
	}

}
