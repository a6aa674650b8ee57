package com.guanjia.workorders;

import static com.guanjia.workorders.TestOrders.CREATED;
import static com.guanjia.workorders.TestOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;
import com.guanjia.workorders.WorkOrderSnapshot.Classification;
import com.guanjia.workorders.WorkOrderSnapshot.Complaint;
import com.guanjia.workorders.WorkOrderSnapshot.Place;
import com.guanjia.workorders.WorkOrderSnapshot.Reporter;
import com.guanjia.workorders.WorkOrderSnapshot.Request;
import org.junit.jupiter.api.Test;

/**
 * The visit of a repair, step by step, with hand-worked values: intake records the
 * warranty decision (R3.5), dispatch keeps the department routed at intake (R4.3, R3.2),
 * arrival is on time only for an appointment (R3.2), nobody home means 5 to 120 minutes
 * of waiting (R3.2: 5–10 minutes), a rejected material keeps its inspection note (R3.4).
 */
class WorkOrderVisitTests {

	private static final Instant NOW = Instant.parse("2026-12-01T06:00:00Z");

	private static final Request REQUEST = new Request(Place.of(12L, "3栋1201", null),
			new Reporter(5L, "王五", "13900001111"), "卫生间漏水", null, false, null);

	/** R3.5: the first line of a repair's timeline is its warranty decision. */
	@Test
	void r3_5_aRepairOpensWithItsWarrantyDecisionAComplaintWithout() {
		WorkOrder repair = WorkOrder.receive(7, 31, WorkOrderKind.IN_UNIT_REPAIR, REQUEST,
				new Classification("PIPE_LEAK", Warranty.Decision.FREE, LocalDate.of(2029, 6, 30), true, false), null,
				6L, CREATED);
		assertThat(repair.steps())
			.containsExactly(new WorkOrder.Step(WorkOrderAction.OPEN, null, WorkOrderStatus.RECEIVED, "FREE"));
		assertThat(repair.departmentId()).isEqualTo(6L);
		assertThat(repair.technicianId()).isNull();

		WorkOrder complaint = WorkOrder.receive(7, 32, WorkOrderKind.COMPLAINT, REQUEST, Classification.NONE,
				new Complaint(Severity.MINOR, null, null, LocalDate.of(2026, 12, 5)), CREATED);
		assertThat(complaint.steps())
			.containsExactly(new WorkOrder.Step(WorkOrderAction.OPEN, null, WorkOrderStatus.RECEIVED, null));
		assertThat(complaint.residentDeadline()).isEqualTo(LocalDate.of(2026, 12, 5));
		assertThat(complaint.firstContact()).isNull();
		assertThat(repair.residentDeadline()).isNull();
		assertThat(repair.firstContact()).isNull();
	}

	/**
	 * R3.5: the refusal of a charge names the warranty's end, or the end of the design
	 * life when the warranty has no end date (foundation and main structure).
	 */
	@Test
	void r3_5_theRefusedChargeNamesTheWarrantysEnd() {
		PriceItemView tap = new PriceItemView("P-012", "更换水龙头", "个", new BigDecimal("35.50"), true);
		WorkOrder dated = WorkOrder.restore(new WorkOrderSnapshot(
				order(WorkOrderKind.IN_UNIT_REPAIR, WorkOrderStatus.IN_PROGRESS).snapshot().header(), REQUEST,
				new Classification("PIPE_LEAK", Warranty.Decision.FREE, LocalDate.of(2029, 6, 30), true, false), null,
				WorkOrderSnapshot.Assignment.department(null), WorkOrderSnapshot.Visit.NONE,
				WorkOrderSnapshot.Outcome.NONE, WorkOrderSnapshot.Closure.NONE, WorkOrderSnapshot.Pause.NONE,
				WorkOrderSnapshot.Standing.NONE));
		assertThatThrownBy(() -> dated.addCharge(tap, BigDecimal.ONE)).isInstanceOf(RuleViolationException.class)
			.satisfies(e -> assertThat(((RuleViolationException) e).args()).containsExactly("WO-20261130-0001",
					LocalDate.of(2029, 6, 30)));

		WorkOrder designLife = order(WorkOrderKind.IN_UNIT_REPAIR, WorkOrderStatus.IN_PROGRESS, Warranty.Decision.FREE,
				42L, null);
		assertThatThrownBy(() -> designLife.addCharge(tap, BigDecimal.ONE)).isInstanceOf(RuleViolationException.class)
			.satisfies(e -> assertThat(((RuleViolationException) e).args()[1]).isInstanceOfSatisfying(
					org.springframework.context.MessageSourceResolvable.class,
					r -> assertThat(r.getCodes()).containsExactly("workOrder.charge.designLifeEnd")));
	}

	/** R4.3: a dispatch that names no department leaves the one routed at intake. */
	@Test
	void r4_3_aDispatchWithoutADepartmentKeepsTheRoutedOne() {
		WorkOrder o = WorkOrder.receive(7, 31, WorkOrderKind.IN_UNIT_REPAIR, REQUEST,
				new Classification(null, Warranty.Decision.PAID, null, false, false), null, 6L, CREATED);
		o.numbered("WO-20261130-0031");
		o.dispatch(null, 42L, "师傅42");
		assertThat(o.departmentId()).isEqualTo(6L);
		assertThat(o.technicianId()).isEqualTo(42L);
		assertThat(o.isAssignedTo(42L)).isTrue();

		WorkOrder other = WorkOrder.receive(7, 33, WorkOrderKind.IN_UNIT_REPAIR, REQUEST,
				new Classification(null, Warranty.Decision.PAID, null, false, false), null, 6L, CREATED);
		other.numbered("WO-20261130-0033");
		other.dispatch(9L, 43L, "师傅43");
		assertThat(other.departmentId()).isEqualTo(9L);
	}

	/** R3.2: without an appointment an arrival is neither on time nor late. */
	@Test
	void r3_2_anArrivalWithoutAppointmentIsNeitherOnTimeNorLate() {
		WorkOrder o = order(WorkOrderKind.IN_UNIT_REPAIR, WorkOrderStatus.ACCEPTED);
		assertThat(o.arrive(NOW)).isNull();
		assertThat(o.steps()).containsExactly(
				new WorkOrder.Step(WorkOrderAction.ARRIVE, WorkOrderStatus.ACCEPTED, WorkOrderStatus.ARRIVED, null));
	}

	/** R3.2: an appointment at 14:00 and arrival at 14:05 is on time. */
	@Test
	void r3_2_anArrivalFiveMinutesAfterTheAppointmentIsOnTime() {
		WorkOrder o = order(WorkOrderKind.IN_UNIT_REPAIR, WorkOrderStatus.ACCEPTED);
		o.book(NOW, NOW.minusSeconds(3600));
		assertThat(o.arrive(NOW.plusSeconds(300))).isTrue();
		assertThat(o.steps()).extracting(WorkOrder.Step::note).last().isEqualTo("appointment.onTime");
	}

	/**
	 * R3.2: nobody home — 5 minutes of waiting is enough, 4 is not; more than two hours
	 * is no wait at the door.
	 */
	@Test
	void r3_2_nobodyHomeNeedsAWaitOfFiveToOneHundredTwentyMinutes() {
		for (int waited : new int[] { 4, 121 }) {
			WorkOrder o = order(WorkOrderKind.IN_UNIT_REPAIR, WorkOrderStatus.APPOINTED);
			assertThatThrownBy(() -> o.nobodyHome(waited, "门上留条")).as(waited + " minutes")
				.isInstanceOf(ValidationException.class);
			assertThat(o.status()).isEqualTo(WorkOrderStatus.APPOINTED);
		}
		for (int waited : new int[] { 5, 120 }) {
			WorkOrder o = order(WorkOrderKind.IN_UNIT_REPAIR, WorkOrderStatus.APPOINTED);
			o.nobodyHome(waited, "门上留条");
			assertThat(o.status()).as(waited + " minutes").isEqualTo(WorkOrderStatus.ACCEPTED);
			assertThat(o.steps()).extracting(WorkOrder.Step::note).containsExactly(waited + "|门上留条");
		}
	}

	/**
	 * R3.4: a material that failed inspection keeps its note after "|"; one that passed
	 * shows only name and quantity; a failed one without a note ends in "|".
	 */
	@Test
	void r3_4_aRejectedMaterialKeepsItsInspectionNote() {
		WorkOrder o = order(WorkOrderKind.IN_UNIT_REPAIR, WorkOrderStatus.IN_PROGRESS);
		o.addMaterial(new WorkOrder.MaterialUsed("水龙头", new BigDecimal("2.00"), MaterialSource.RESIDENT, true, "合格"));
		o.addMaterial(new WorkOrder.MaterialUsed("软管", BigDecimal.ONE, MaterialSource.RESIDENT, false, "接口不符"));
		o.addMaterial(new WorkOrder.MaterialUsed("生料带", BigDecimal.TEN, MaterialSource.BOUGHT, false, null));
		assertThat(o.steps()).extracting(WorkOrder.Step::note).containsExactly("水龙头 × 2", "软管 × 1|接口不符", "生料带 × 10|");
		assertThat(o.newMaterials()).hasSize(3);
	}

	/**
	 * R4.3: the first contact with the complaining resident (when, how, who) is kept on
	 * the order.
	 */
	@Test
	void r4_3_theFirstContactAboutAComplaintIsKept() {
		WorkOrder o = order(WorkOrderKind.COMPLAINT, WorkOrderStatus.ACCEPTED);
		Instant called = CREATED.plusSeconds(1800);
		o.contact(ContactChannel.PHONE, called, 42L, "师傅42", "已致电", NOW);
		assertThat(o.firstContact())
			.isEqualTo(new WorkOrderSnapshot.FirstContact(called, ContactChannel.PHONE, 42L, "师傅42"));
	}

	/** A closed order takes no more photos; nothing waits to be stored. */
	@Test
	void aClosedOrderTakesNoMorePhotos() {
		WorkOrder o = order(WorkOrderKind.IN_UNIT_REPAIR, WorkOrderStatus.CLOSED);
		assertThatThrownBy(() -> o.addPhoto(9L, "late.jpg")).isInstanceOf(RuleViolationException.class);
		assertThat(o.newPhotos()).isEmpty();
		assertThat(o.steps()).isEmpty();
	}

	/** What the pages read of a held, signed, due order. */
	@Test
	void theHoldTheSignatureAndTheDueTimeAreRead() {
		WorkOrder o = order(WorkOrderKind.IN_UNIT_REPAIR, WorkOrderStatus.IN_PROGRESS);
		o.dueBy(NOW);
		assertThat(o.dueAt()).isEqualTo(NOW);
		assertThat(o.holdReason()).isNull();
		o.hold(HoldReason.PARTS, "等配件");
		assertThat(o.holdReason()).isEqualTo(HoldReason.PARTS);
		o.resume("配件到了");
		assertThat(o.status()).isEqualTo(WorkOrderStatus.IN_PROGRESS);
		o.addPhoto(9L, "after.jpg");
		assertThat(o.newPhotos()).containsExactly(new WorkOrder.PhotoAdded(9L, "after.jpg"));
		assertThat(o.steps()).last()
			.isEqualTo(new WorkOrder.Step(WorkOrderAction.PHOTO, WorkOrderStatus.IN_PROGRESS,
					WorkOrderStatus.IN_PROGRESS, "after.jpg"));
		o.complete("已修好", null, null, NOW, "4821");
		o.sign("王五", 77L, null, NOW);
		assertThat(o.signatureFileId()).isEqualTo(77L);
		assertThat(o.id()).isEqualTo(1L);
		assertThat(o.communityId()).isEqualTo(7L);
		assertThat(o.createdAt()).isEqualTo(CREATED);
		o.clearEvents();
		assertThat(o.events()).isEmpty();
	}

}
