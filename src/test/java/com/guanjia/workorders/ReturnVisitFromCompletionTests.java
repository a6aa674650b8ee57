package com.guanjia.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.MutableClock;
import com.guanjia.support.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 10 item 6 (R5.1). Seed 002: "对维修服务回访处理率达100%。属安全设施维修2天内回访；房屋渗漏水项目维修试漏后3天内回访；
 * 其他维修项目2天内回访" — the visit is due from the repair (or its leak test), not from the
 * resident's sign-off: a repair completed and never signed still gets its visit and
 * counts in the rate; the rate counts each repair once, by its latest visit.
 */
@GuanjiaTest
class ReturnVisitFromCompletionTests {

	static final Instant START = TestClockConfiguration.START;

	@Autowired
	Fixtures fixtures;

	@Autowired
	WorkOrderFixtures orders;

	@Autowired
	WorkOrderWorkflow workflow;

	@Autowired
	WorkOrderQueries queries;

	@Autowired
	ReturnVisits visits;

	@Autowired
	WorkOrderIndicators indicators;

	@Autowired
	MutableClock clock;

	long community;

	long unit;

	StaffUser agent;

	StaffUser technician;

	@BeforeEach
	void setUp() {
		community = fixtures.community("金色家园").id();
		long building = fixtures.building(community, "2").id();
		unit = fixtures.unit(community, building, "1", "202", "75.00").id();
		agent = fixtures.staff(Role.AGENT, community);
		technician = orders.staffIn(Role.TECHNICIAN, community, "ENGINEERING");
	}

	@AfterEach
	void resetClock() {
		clock.set(START);
	}

	WorkOrderView completedAt(Instant at) {
		WorkOrderView o = orders.repairOnSite(agent, technician, community, unit);
		clock.set(at);
		Fixtures.as(technician,
				() -> workflow.complete(o.ref(), new WorkOrderCommands.Complete("已更换水龙头阀芯", null, null)));
		return o;
	}

	List<ReturnVisitView> visitsOf(WorkOrderView o, int count) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> Fixtures.as(agent, () -> queries.detail(o.ref())).visits(), v -> v.size() == count);
	}

	@Test
	void aRepairCompletedAndNeverSignedIsVisitedTwoDaysAfterTheWork() {
		Instant done = START.plus(Duration.ofHours(3));
		WorkOrderView o = completedAt(done);
		assertThat(Fixtures.as(agent, () -> queries.get(o.ref())).status()).isEqualTo(WorkOrderStatus.COMPLETED);
		ReturnVisitView visit = visitsOf(o, 1).get(0);
		assertThat(visit.dueAt()).isEqualTo(done.plus(Duration.ofDays(2)));

		// Signed a day later: the visit stays the one due from the work.
		clock.set(done.plus(Duration.ofDays(1)));
		String code = confirmationCode(o);
		Fixtures.as(agent, () -> workflow.sign(o.ref(), new WorkOrderCommands.SignOff("张三", null, code)));
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(5))
			.until(() -> Fixtures.as(agent, () -> queries.detail(o.ref())).visits().size() == 1);
		assertThat(visitsOf(o, 1).get(0).dueAt()).isEqualTo(done.plus(Duration.ofDays(2)));
	}

	@Test
	void aReworkedRepairWithItsSecondVisitPendingCountsOnceAndNotVisited() {
		WorkOrderView o = completedAt(START.plus(Duration.ofHours(1)));
		ReturnVisitView first = visitsOf(o, 1).get(0);
		// The visit finds a problem before the resident signed: back for rework.
		Fixtures.as(agent, () -> visits.record(first.id(),
				new ReturnVisits.VisitOutcome(ReturnVisits.Method.PHONE, false, 2, "还在滴水")));
		assertThat(Fixtures.as(agent, () -> queries.get(o.ref())).status()).isEqualTo(WorkOrderStatus.REOPENED);
		Fixtures.as(agent,
				() -> workflow.dispatch(o.ref(), new WorkOrderCommands.Dispatch(null, technician.staffId(), null)));
		Fixtures.as(technician, () -> workflow.accept(o.ref()));
		Fixtures.as(technician, () -> workflow.arrive(o.ref()));
		Fixtures.as(technician, () -> workflow.complete(o.ref(), new WorkOrderCommands.Complete("重新更换阀芯", null, null)));
		visitsOf(o, 2);

		LocalDate day = LocalDate.of(2026, 12, 2);
		StaffUser manager = fixtures.staff(Role.MANAGER, community);
		IndicatorReport report = Fixtures.as(manager, () -> indicators.period(community, day, day.plusDays(1)));
		assertThat(report.visitsDue()).isEqualTo(1);
		assertThat(report.visitsDone()).isZero();
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	String confirmationCode(WorkOrderView o) {
		return jdbc.sql("select confirmation_code from work_order where id = ?")
			.param(o.id())
			.query(String.class)
			.single();
	}

}
