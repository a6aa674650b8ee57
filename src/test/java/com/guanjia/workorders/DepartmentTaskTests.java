package com.guanjia.workorders;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import com.guanjia.arrears.ArrearsEvents.UtilitiesRestoreDue;
import com.guanjia.arrears.Dunning;
import com.guanjia.billing.BillingRuns;
import com.guanjia.billing.Ledger;
import com.guanjia.billing.LedgerViews.Line;
import com.guanjia.cashier.Cashier;
import com.guanjia.cashier.PaymentCommand;
import com.guanjia.cashier.PaymentMethod;
import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.meters.MeterCommand;
import com.guanjia.meters.MeterEvents.ReadingHeld;
import com.guanjia.meters.MeterEvents.ReadingRechecked;
import com.guanjia.meters.MeterKind;
import com.guanjia.meters.MeterManagement;
import com.guanjia.meters.MeterView;
import com.guanjia.meters.ReadingCommand;
import com.guanjia.meters.ReadingStatus;
import com.guanjia.meters.ReadingView;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.scheduling.CalendarMode;
import com.guanjia.scheduling.DeadlineSettings;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.ResultPage;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * R6.7, R7.1: paying everything turns a suspension into an engineering order to restore
 * water and power, due promptly; a held meter reading becomes an engineering order to
 * re-check it, closed by itself when the reading is confirmed or corrected. Both are
 * visible to the community's technicians only, and a redelivered event adds no second
 * order.
 */
@GuanjiaTest
class DepartmentTaskTests {

	@Autowired
	Dunning dunning;

	@Autowired
	BillingRuns runs;

	@Autowired
	Ledger ledger;

	@Autowired
	Cashier cashier;

	@Autowired
	MeterManagement meters;

	@Autowired
	DeadlineSettings deadlineSettings;

	@Autowired
	WorkOrderQueries queries;

	@Autowired
	WorkOrderWorkflow workflow;

	@Autowired
	DepartmentTasks tasks;

	@Autowired
	WorkOrderFixtures orders;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	@Autowired
	MockMvc mvc;

	long community;

	long building;

	long engineering;

	StaffUser technician;

	StaffUser stranger;

	@BeforeEach
	void setUp() {
		community = fixtures.community("工程小区").id();
		building = fixtures.building(community, "6").id();
		engineering = orders.department(community, "ENGINEERING");
		technician = orders.staffIn(Role.TECHNICIAN, community, "ENGINEERING");
		stranger = orders.staffIn(Role.TECHNICIAN, fixtures.community("邻居小区").id(), "ENGINEERING");
	}

	List<WorkOrderView> helpOrders(long unitId) {
		return as(technician,
				() -> queries.list(community, new WorkOrderFilter(null, WorkOrderKind.HELP, false, null, unitId, null),
						new ResultPage.Request(0, 50)))
			.items();
	}

	UnitView suspendedAndPaid(String room) {
		StaffUser finance = fixtures.staff(Role.FINANCE, community);
		StaffUser butler = fixtures.staff(Role.BUTLER, community);
		StaffUser teller = fixtures.staff(Role.CASHIER, community);
		UnitView unit = fees.unit(community, building, room, "100.00", UnitState.OCCUPIED, LocalDate.of(2020, 1, 1));
		for (YearMonth m : new YearMonth[] { YearMonth.of(2026, 5), YearMonth.of(2026, 8) }) {
			as(finance, () -> runs.commit(runs.preview(community, m, 1).run().id()));
		}
		// the water company cut the supply (the property company never does, Civil Code
		// art. 944)
		as(butler, () -> dunning.recordSupplyCut(unit.id(), "自来水公司停水"));
		List<Long> lines = as(teller, () -> ledger.lines(unit.id(), true)).stream().map(Line::id).toList();
		as(teller, () -> cashier.pay(new PaymentCommand(unit.id(), lines, PaymentMethod.CASH, new BigDecimal("300"),
				null, null, UUID.randomUUID().toString())));
		return unit;
	}

	@Test
	void r6_7_payingEverythingAfterASuspensionRaisesOneRestoreOrderForEngineeringDuePromptly() throws Exception {
		// The community wants water and power back within an hour, not the default two.
		as(Fixtures.ROOT, () -> deadlineSettings.setRule(community,
				new DeadlineSettings.RuleSetting("UTILITY_RESTORE.RESOLVE", 60, false, CalendarMode.CALENDAR, 0.8)));
		UnitView unit = suspendedAndPaid("601");

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(helpOrders(unit.id())).hasSize(1));
		WorkOrderView o = helpOrders(unit.id()).get(0);
		assertThat(o.description()).startsWith("恢复 6-1-601 的供水供电");
		assertThat(o.departmentId()).isEqualTo(engineering);
		assertThat(o.status()).isEqualTo(WorkOrderStatus.RECEIVED);
		assertThat(o.number()).startsWith("WO-20261130-");
		assertThat(o.dueAt()).isEqualTo(TestClockConfiguration.START.plus(Duration.ofHours(1)));

		// The community's technicians are told; another community's see neither order nor
		// notice.
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> mvc.perform(get("/api/notifications").with(user(technician)))
				.andExpect(jsonPath("$[*].text", hasItem(containsString("新工程部任务 " + o.number())))));
		mvc.perform(get("/api/notifications").with(user(stranger)))
			.andExpect(content().string(not(containsString(o.number()))));
		mvc.perform(get("/api/work-orders/" + o.id()).with(user(stranger))).andExpect(status().isNotFound());
		assertThatThrownBy(() -> as(stranger,
				() -> queries.list(community, WorkOrderFilter.open(), new ResultPage.Request(0, 10))))
			.isInstanceOf(AccessDeniedException.class);

		// The same event again, or another payment while the order is open, adds nothing.
		long taskId = as(Fixtures.ROOT, () -> dunning.restoreTasks(community)).get(0).id();
		tasks.restore(new UtilitiesRestoreDue(community, unit.id(), taskId));
		tasks.restore(new UtilitiesRestoreDue(community, unit.id(), taskId + 100_000));
		assertThat(helpOrders(unit.id())).hasSize(1);

		// The technician does it: dispatched, accepted, done, closed; a later suspension
		// and payment gets a new order.
		StaffUser supervisor = fixtures.staff(Role.SUPERVISOR, community);
		as(supervisor, () -> workflow.dispatch(o.ref(),
				new WorkOrderCommands.Dispatch(engineering, technician.staffId(), null)));
		as(technician, () -> workflow.accept(o.ref()));
		as(technician, () -> workflow.complete(o.ref(), new WorkOrderCommands.Complete("已开阀送电", null, null)));
		as(supervisor, () -> workflow.close(o.ref(), new WorkOrderCommands.Note("已告知收费处")));
		tasks.restore(new UtilitiesRestoreDue(community, unit.id(), taskId + 100_001));
		assertThat(helpOrders(unit.id())).hasSize(2);
	}

	MeterView meter(UnitView unit, String code) {
		return as(technician, () -> meters.register(community, new MeterCommand(MeterKind.WATER, code,
				unit == null ? null : unit.id(), unit == null ? building : null)));
	}

	ReadingView read(String code, YearMonth month, String value) {
		return as(technician, () -> meters.record(community,
				new ReadingCommand(code, month, new BigDecimal(value), null, null, null)));
	}

	WorkOrderView recheckOrder(ReadingView held) {
		return as(technician, () -> queries.list(community, WorkOrderFilter.open(), new ResultPage.Request(0, 50)))
			.items()
			.stream()
			.filter(o -> o.description().contains("表 " + held.meterCode() + "（"))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("workOrder", held.meterCode()));
	}

	@Test
	void r7_1_aHeldReadingBecomesAReCheckOrderThatClosesWhenTheReadingIsConfirmed() throws Exception {
		UnitView unit = fees.unit(community, building, "602", "89.50", UnitState.OCCUPIED, LocalDate.of(2025, 1, 1));
		MeterView w = meter(unit, "W602");
		as(technician, () -> meters.recordBase(w.id(), new BigDecimal("500"), null, "王五"));
		read("W602", YearMonth.of(2026, 1), "520");
		ReadingView low = read("W602", YearMonth.of(2026, 2), "518");
		assertThat(low.status()).isEqualTo(ReadingStatus.HELD);

		await().atMost(Duration.ofSeconds(20)).until(() -> helpOrders(unit.id()).size() == 1);
		WorkOrderView o = recheckOrder(low);
		assertThat(o.description()).contains("W602", "6-1-602", "低于上月读数");
		assertThat(o.departmentId()).isEqualTo(engineering);
		assertThat(o.dueAt()).isEqualTo(TestClockConfiguration.START.plus(Duration.ofDays(2)));
		mvc.perform(get("/work-orders/" + o.id()).with(user(technician)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("复核水电表读数")));

		// redelivered: still one order
		tasks.recheck(new ReadingHeld(community, low.id(), w.id(), "W602", unit.id(), low.holdReason()));
		assertThat(helpOrders(unit.id())).hasSize(1);

		// dispatched and accepted, then the technician confirms the reading on the meters
		// page
		StaffUser supervisor = fixtures.staff(Role.SUPERVISOR, community);
		as(supervisor, () -> workflow.dispatch(o.ref(),
				new WorkOrderCommands.Dispatch(engineering, technician.staffId(), null)));
		as(technician, () -> workflow.accept(o.ref()));
		as(technician, () -> meters.confirm(low.id(), low.version(), "现场复核：表已更换未登记"));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(as(technician, () -> queries.get(o.ref())).status())
				.isEqualTo(WorkOrderStatus.CLOSED));
		assertThat(as(technician, () -> queries.timeline(o.ref()))).last().satisfies(step -> {
			assertThat(step.action()).isEqualTo(WorkOrderAction.AUTO_CLOSE);
			assertThat(step.note()).isEqualTo("读数已复核确认");
			assertThat(step.actor()).isEqualTo("system");
		});
		assertThat(as(technician, () -> queries.mine())).extracting(WorkOrderView::id).doesNotContain(o.id());

		// the re-check event again changes nothing
		tasks.rechecked(new ReadingRechecked(community, low.id(), w.id(), "W602", unit.id(), false, null));
		assertThat(as(technician, () -> queries.get(o.ref())).status()).isEqualTo(WorkOrderStatus.CLOSED);
		mvc.perform(get("/api/work-orders/" + o.id()).with(user(stranger))).andExpect(status().isNotFound());
	}

	@Test
	void r7_1_aPublicMeterReCheckClosesWhenTheReadingIsCorrectedAndAReadingNoLongerHeldRaisesNothing() {
		MeterView p = meter(null, "PW6");
		as(technician, () -> meters.recordBase(p.id(), new BigDecimal("1000"), null, "工程部"));
		read("PW6", YearMonth.of(2026, 1), "1100");
		ReadingView low = read("PW6", YearMonth.of(2026, 2), "1090");
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			try {
				return recheckOrder(low) != null;
			}
			catch (NotFoundException ex) {
				return false;
			}
		});
		WorkOrderView o = recheckOrder(low);
		assertThat(o.unitId()).isNull();
		assertThat(o.location()).isEqualTo("公共表 PW6");
		ReadingView fixed = as(technician, () -> meters.correct(low.id(), low.version(),
				new ReadingCommand("PW6", YearMonth.of(2026, 2), new BigDecimal("1190"), null, null, null), "看错一位"));
		assertThat(fixed.status()).isEqualTo(ReadingStatus.OK);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(as(technician, () -> queries.get(o.ref())).status())
				.isEqualTo(WorkOrderStatus.CLOSED));
		assertThat(as(technician, () -> queries.timeline(o.ref()))).last()
			.satisfies(step -> assertThat(step.note()).isEqualTo("读数已复核更正"));

		// a ReadingHeld that arrives after its reading was re-checked (events raced)
		// raises no order
		long before = as(technician, () -> queries.list(community,
				new WorkOrderFilter(null, WorkOrderKind.HELP, false, null, null, null), new ResultPage.Request(0, 1)))
			.total();
		tasks.recheck(new ReadingHeld(community, fixed.id(), p.id(), "PW6", null, low.holdReason()));
		assertThat(as(technician, () -> queries.list(community,
				new WorkOrderFilter(null, WorkOrderKind.HELP, false, null, null, null), new ResultPage.Request(0, 1)))
			.total()).isEqualTo(before);
	}

}
