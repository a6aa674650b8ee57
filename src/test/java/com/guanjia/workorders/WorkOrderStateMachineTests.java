package com.guanjia.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import com.guanjia.shared.RuleViolationException;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderClosed;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderReopened;
import org.junit.jupiter.api.Test;

/**
 * R3.2–R3.6, R5.1: the work order's state machine, without Spring: the journeys and the
 * rules beside the steps. Every illegal step is refused: WorkOrderTransitionTableTests.
 */
class WorkOrderStateMachineTests {

	static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

	static WorkOrder order(WorkOrderKind kind, WorkOrderStatus status) {
		return TestOrders.order(kind, status);
	}

	static final PriceItemView LABOUR = new PriceItemView("LABOUR", "人工费", "次", new BigDecimal("20.00"), true);

	static final WorkOrder.MaterialUsed FAUCET = new WorkOrder.MaterialUsed("水龙头", BigDecimal.ONE,
			MaterialSource.RESIDENT, true, null);

	// The refusals of every (state, step) pair are WorkOrderTransitionTableTests': its
	// legal steps are written by hand. A loop here that asked WorkOrderAction.allowedFrom
	// which steps to expect refused took its oracle from the code under test and could
	// not fail when the table was wrong; it was removed (issue 15 item 5).

	@Test
	void aRepairGoesFromIntakeToSignOffAndBackForRework() {
		WorkOrder o = TestOrders.order(WorkOrderKind.IN_UNIT_REPAIR, WorkOrderStatus.RECEIVED, Warranty.Decision.PAID,
				null, null);
		o.dispatch(3L, 43, "李师傅");
		o.accept();
		o.book(NOW.plusSeconds(3600), NOW);
		assertThat(o.arrive(NOW.plusSeconds(3600 + 4 * 60))).isTrue();
		o.propose("更换阀芯", true, NOW);
		o.addCharge(LABOUR, BigDecimal.ONE);
		o.adjust(new BigDecimal("-5.00"), "老住户优惠", new BigDecimal("20.00"));
		o.complete("已更换", null, null, NOW, "654321");
		assertThat(o.snapshot().outcome().confirmationCode()).isEqualTo("654321");
		o.sign("张三", null, "654321", NOW);
		assertThat(o.status()).isEqualTo(WorkOrderStatus.CLOSED);
		assertThat(o.events()).hasAtLeastOneElementOfType(WorkOrderClosed.class);
		o.reopen("回访不满意：仍在滴水");
		assertThat(o.status()).isEqualTo(WorkOrderStatus.REOPENED);
		assertThat(o.snapshot().standing().reopenCount()).isEqualTo(1);
		assertThat(o.events()).hasAtLeastOneElementOfType(WorkOrderReopened.class);
		o.accept();
		assertThat(o.steps()).extracting(WorkOrder.Step::action)
			.containsExactly(WorkOrderAction.DISPATCH, WorkOrderAction.ACCEPT, WorkOrderAction.BOOK,
					WorkOrderAction.ARRIVE, WorkOrderAction.PROPOSE, WorkOrderAction.CHARGE, WorkOrderAction.CHARGE,
					WorkOrderAction.COMPLETE, WorkOrderAction.SIGN, WorkOrderAction.REOPEN, WorkOrderAction.ACCEPT);
	}

	@Test
	void arrivalMoreThanFiveMinutesFromTheAppointmentIsNotOnTime() {
		WorkOrder early = order(WorkOrderKind.IN_UNIT_REPAIR, WorkOrderStatus.ACCEPTED);
		early.book(NOW.plusSeconds(3600), NOW);
		assertThat(early.arrive(NOW.plusSeconds(3600 - 6 * 60))).isFalse();
		WorkOrder late = order(WorkOrderKind.IN_UNIT_REPAIR, WorkOrderStatus.ACCEPTED);
		late.book(NOW.plusSeconds(3600), NOW);
		assertThat(late.arrive(NOW.plusSeconds(3600 + 5 * 60))).isTrue();
		late = order(WorkOrderKind.IN_UNIT_REPAIR, WorkOrderStatus.ACCEPTED);
		late.book(NOW.plusSeconds(3600), NOW);
		assertThat(late.arrive(NOW.plusSeconds(3600 + 5 * 60 + 1))).isFalse();
	}

	@Test
	void aRepairCannotBeCompletedBeforeSomeoneWasThereButAnEnquiryCan() {
		WorkOrder repair = order(WorkOrderKind.IN_UNIT_REPAIR, WorkOrderStatus.ACCEPTED);
		assertThatThrownBy(() -> repair.complete("x", null, null, NOW, "1")).isInstanceOf(RuleViolationException.class);
		WorkOrder enquiry = order(WorkOrderKind.ENQUIRY, WorkOrderStatus.ACCEPTED);
		enquiry.complete("已答复", null, null, NOW, "1");
		enquiry.closeAnswered("已电话告知", NOW);
		assertThat(enquiry.status()).isEqualTo(WorkOrderStatus.CLOSED);
	}

	@Test
	void publicFacilityWorkIsClosedByTheLeadsInspectionNotByASignature() {
		WorkOrder o = order(WorkOrderKind.PUBLIC_REPAIR, WorkOrderStatus.COMPLETED);
		assertThatThrownBy(() -> o.sign("张三", 1L, null, NOW)).isInstanceOf(RuleViolationException.class);
		o.inspect("lead", false, "扶手未固定", NOW);
		assertThat(o.status()).isEqualTo(WorkOrderStatus.IN_PROGRESS);
		o.complete("已固定", null, null, NOW, "1");
		o.inspect("lead", true, "合格", NOW);
		assertThat(o.status()).isEqualTo(WorkOrderStatus.CLOSED);
		assertThat(o.snapshot().closure().inspectedBy()).isEqualTo("lead");
	}

	@Test
	void holdReturnsToTheStateItInterrupted() {
		for (WorkOrderStatus from : EnumSet.of(WorkOrderStatus.DISPATCHED, WorkOrderStatus.ARRIVED,
				WorkOrderStatus.IN_PROGRESS)) {
			WorkOrder o = order(WorkOrderKind.IN_UNIT_REPAIR, from);
			o.hold(HoldReason.RESIDENT, "业主出差");
			assertThat(o.status()).isEqualTo(WorkOrderStatus.ON_HOLD);
			o.resume("业主已回");
			assertThat(o.status()).isEqualTo(from);
		}
	}

	@Test
	void aRepairUnderWarrantyIsNotCharged() {
		WorkOrder o = TestOrders.order(WorkOrderKind.IN_UNIT_REPAIR, WorkOrderStatus.ARRIVED, Warranty.Decision.FREE,
				42L, null);
		assertThatThrownBy(() -> o.addCharge(LABOUR, BigDecimal.ONE)).isInstanceOfSatisfying(
				RuleViolationException.class, ex -> assertThat(ex.code()).isEqualTo("workOrder.charge.underWarranty"));
	}

	@Test
	void onlyComplaintsAreReclassifiedAndTheReasonIsKept() {
		WorkOrder complaint = order(WorkOrderKind.COMPLAINT, WorkOrderStatus.DISPATCHED);
		complaint.reclassify(Severity.IMPORTANT, "涉及服务失误");
		assertThat(complaint.severity()).isEqualTo(Severity.IMPORTANT);
		assertThat(complaint.steps()).extracting(WorkOrder.Step::note).containsExactly("MINOR -> IMPORTANT: 涉及服务失误");
		WorkOrder repair = order(WorkOrderKind.IN_UNIT_REPAIR, WorkOrderStatus.DISPATCHED);
		assertThatThrownBy(() -> repair.reclassify(Severity.MAJOR, "x")).isInstanceOf(RuleViolationException.class);
	}

	@Test
	void signingWithAWrongCodeIsRefused() {
		WorkOrder o = TestOrders.order(WorkOrderKind.IN_UNIT_REPAIR, WorkOrderStatus.COMPLETED, Warranty.Decision.PAID,
				42L, "111111");
		assertThatThrownBy(() -> o.sign("张三", null, "222222", NOW))
			.isInstanceOf(com.guanjia.shared.ValidationException.class);
		assertThat(o.status()).isEqualTo(WorkOrderStatus.COMPLETED);
		assertThat(List.of(o.steps())).containsExactly(List.of());
	}

	/**
	 * Item 2 of issue 8: the factories set the first state and step; the opening events
	 * come from the order once it has its number, with the manager told of a major
	 * complaint (R4.2) and the department of a task.
	 */
	@Test
	void aNewOrderIsReceivedAndSaysItWasOpenedOnceNumbered() {
		var request = new WorkOrderSnapshot.Request(WorkOrderSnapshot.Place.of(null, null, "2栋大堂"),
				new WorkOrderSnapshot.Reporter(null, "李四", null), "保安态度恶劣", null, false, 99L);
		WorkOrder complaint = WorkOrder.receive(7, 11, WorkOrderKind.COMPLAINT, request,
				WorkOrderSnapshot.Classification.NONE,
				new WorkOrderSnapshot.Complaint(Severity.MAJOR, "安保部", "道歉", null), NOW);
		assertThat(complaint.status()).isEqualTo(WorkOrderStatus.RECEIVED);
		assertThat(complaint.steps()).extracting(WorkOrder.Step::action).containsExactly(WorkOrderAction.OPEN);
		assertThat(complaint.events()).isEmpty();
		complaint.numbered("WO-20261130-0007");
		assertThat(complaint.steps()).isEmpty();
		assertThat(complaint.events()).containsExactly(
				new WorkOrderEvents.WorkOrderOpened(7, 11, "WO-20261130-0007", WorkOrderKind.COMPLAINT, Severity.MAJOR,
						99L),
				new WorkOrderEvents.ComplaintRaised(7, 11, "WO-20261130-0007", Severity.MAJOR, "MANAGER", null));

		WorkOrder task = WorkOrder.raiseTask(7, 12, request, new WorkOrder.Task(5L, "ENGINEERING", 43L), NOW);
		task.dueBy(NOW.plusSeconds(7200));
		task.numbered("WO-20261130-0008");
		assertThat(task.kind()).isEqualTo(WorkOrderKind.HELP);
		assertThat(task.events()).containsExactly(
				new WorkOrderEvents.WorkOrderOpened(7, 12, "WO-20261130-0008", WorkOrderKind.HELP, null, 99L),
				new WorkOrderEvents.DepartmentTaskRaised(7, 12, "WO-20261130-0008", "ENGINEERING", 43L, "保安态度恶劣",
						NOW.plusSeconds(7200)));
		assertThatThrownBy(
				() -> WorkOrder.receive(7, 13, WorkOrderKind.ENQUIRY, request, WorkOrderSnapshot.Classification.NONE,
						new WorkOrderSnapshot.Complaint(Severity.MINOR, null, null, null), NOW))
			.isInstanceOf(IllegalArgumentException.class);
	}

	/** Charges and materials are added through the order and wait for its repository. */
	@Test
	void chargesAndMaterialsAreAddedThroughTheOrder() {
		WorkOrder o = order(WorkOrderKind.IN_UNIT_REPAIR, WorkOrderStatus.ARRIVED);
		o.addCharge(LABOUR, new BigDecimal("1.5"));
		o.addMaterial(FAUCET);
		assertThat(o.newCharges()).containsExactly(new WorkOrderDetail.ChargeLine("LABOUR", "人工费", "次",
				new BigDecimal("1.5"), new BigDecimal("20.00"), new BigDecimal("30.00")));
		assertThat(o.newMaterials()).containsExactly(FAUCET);
		assertThatThrownBy(() -> o.adjust(new BigDecimal("-30.01"), "优惠", new BigDecimal("30.00")))
			.isInstanceOf(com.guanjia.shared.ValidationException.class);
		o.saved();
		assertThat(o.newCharges()).isEmpty();
		assertThat(o.steps()).isEmpty();
	}

}
