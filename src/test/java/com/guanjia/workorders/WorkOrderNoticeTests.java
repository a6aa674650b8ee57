package com.guanjia.workorders;

import static com.guanjia.workorders.TestOrders.CREATED;
import static com.guanjia.workorders.TestOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import com.guanjia.scheduling.DeadlineKind;
import com.guanjia.shared.ValidationException;
import com.guanjia.workorders.WorkOrderEvents.ComplaintRaised;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderClosed;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderCompleted;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderEscalated;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderOpened;
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

/**
 * What a completed, closed or escalated order tells the rest of the system, worked out by
 * hand: the leak-test time the return visit is counted from (R5.1: leak repairs within 3
 * days after the leak test), who an important or major complaint and a missed deadline go
 * to (R4.2), and the round of the work after a rework (R5.1).
 */
class WorkOrderNoticeTests {

	private static final Instant NOW = Instant.parse("2026-12-01T06:00:00Z");

	private static final Instant LEAK_TEST = Instant.parse("2026-12-02T02:00:00Z");

	private static final Request REQUEST = new Request(Place.of(12L, "3栋1201", null),
			new Reporter(5L, "王五", "13900001111"), "卫生间漏水", null, false, null);

	/**
	 * A leak repair (R3.5 category) of 3栋1201, arrived at, in its first or a later round.
	 */
	private static WorkOrder leakRepair(boolean leak, boolean safety, int reopenCount) {
		return WorkOrder
			.restore(new WorkOrderSnapshot(
					new Header(3, 7, "WO-20261201-0003", WorkOrderKind.IN_UNIT_REPAIR, WorkOrderStatus.ARRIVED, CREATED,
							2),
					REQUEST, new Classification("PIPE_LEAK", Warranty.Decision.PAID, null, leak, safety), null,
					new Assignment(4L, 42L, "师傅42"), Visit.NONE, Outcome.NONE, Closure.NONE, Pause.NONE,
					new Standing(null, java.math.BigDecimal.ZERO, null, 0, reopenCount)));
	}

	/**
	 * R5.1: the return visit of a leak repair counts from the leak test the technician
	 * names; the resident's phone and the code to sign off with go with the notice.
	 */
	@Test
	void r5_1_aLeakRepairIsCompletedWithTheLeakTestNamed() {
		WorkOrder o = leakRepair(true, false, 0);
		o.complete("更换止水阀", null, LEAK_TEST, NOW, "4821");
		assertThat(o.status()).isEqualTo(WorkOrderStatus.COMPLETED);
		assertThat(o.snapshot().outcome().leakTestAt()).isEqualTo(LEAK_TEST);
		assertThat(o.snapshot().outcome().completedAt()).isEqualTo(NOW);
		assertThat(o.events()).containsExactly(new WorkOrderCompleted(7, 3, "WO-20261201-0003", "13900001111", "4821",
				WorkOrderKind.IN_UNIT_REPAIR, true, false, NOW, LEAK_TEST, 1));
	}

	/**
	 * R5.1: a leak repair completed without a leak-test time was tested when completed.
	 */
	@Test
	void r5_1_aLeakRepairWithoutALeakTestTimeIsTestedOnCompletion() {
		WorkOrder o = leakRepair(true, false, 0);
		o.complete("更换止水阀", null, null, NOW, "4821");
		assertThat(o.snapshot().outcome().leakTestAt()).isEqualTo(NOW);
		assertThat(o.events()).singleElement()
			.isInstanceOfSatisfying(WorkOrderCompleted.class, e -> assertThat(e.leakTestAt()).isEqualTo(NOW));
	}

	/**
	 * R5.1: a repair that is no leak has no leak test (its visit counts from completion),
	 * even if a time was sent; a safety repair says so; a second round counts 2.
	 */
	@Test
	void r5_1_aRepairThatIsNoLeakHasNoLeakTestAndTheRoundCounts() {
		WorkOrder o = leakRepair(false, true, 1);
		o.complete("更换漏电开关", null, LEAK_TEST, NOW, "4821");
		assertThat(o.snapshot().outcome().leakTestAt()).isNull();
		assertThat(o.events()).containsExactly(new WorkOrderCompleted(7, 3, "WO-20261201-0003", "13900001111", "4821",
				WorkOrderKind.IN_UNIT_REPAIR, false, true, NOW, null, 2));
	}

	/**
	 * The closing notice carries the category, the leak test and the round, so the return
	 * visit is planned from them (R5.1).
	 */
	@Test
	void r5_1_theClosingNoticeCarriesTheLeakTestAndTheRound() {
		WorkOrder o = leakRepair(true, false, 1);
		o.complete("更换止水阀", null, LEAK_TEST, NOW, "4821");
		o.clearEvents();
		Instant signed = NOW.plusSeconds(600);
		o.sign("王五", null, " 4821 ", signed);
		assertThat(o.status()).isEqualTo(WorkOrderStatus.CLOSED);
		assertThat(o.snapshot().closure().closedAt()).isEqualTo(signed);
		assertThat(o.events()).containsExactly(new WorkOrderClosed(7, 3, "WO-20261201-0003",
				WorkOrderKind.IN_UNIT_REPAIR, "PIPE_LEAK", true, false, signed, LEAK_TEST, 2));
	}

	/** R4.2: a complaint is completed only with a verdict on whether it was valid. */
	@Test
	void r4_2_aComplaintIsCompletedOnlyWithAVerdict() {
		WorkOrder o = order(WorkOrderKind.COMPLAINT, WorkOrderStatus.ACCEPTED);
		assertThatThrownBy(() -> o.complete("已道歉", null, null, NOW, "1111")).isInstanceOf(ValidationException.class)
			.extracting(e -> ((ValidationException) e).problems().get(0).field())
			.isEqualTo("valid");
		assertThat(o.status()).isEqualTo(WorkOrderStatus.ACCEPTED);
		o.complete("已道歉", true, null, NOW, "1111");
		assertThat(o.snapshot().outcome().valid()).isTrue();
		// A complaint is closed once answered, not signed off with a code.
		assertThat(o.snapshot().outcome().confirmationCode()).isNull();
		assertThat(o.snapshot().outcome().leakTestAt()).isNull();
	}

	private static WorkOrder complaint(Severity severity) {
		return WorkOrder.receive(7, 21, WorkOrderKind.COMPLAINT, REQUEST, Classification.NONE,
				new Complaint(severity, "保洁部", "道歉", null), CREATED);
	}

	/**
	 * R4.2: an important complaint goes to the head of its department within the hour
	 * (staff 88, named at intake).
	 */
	@Test
	void r4_2_anImportantComplaintGoesToTheHeadOfItsDepartment() {
		WorkOrder o = complaint(Severity.IMPORTANT);
		o.escalatesTo(88L);
		o.numbered("WO-20261130-0021");
		assertThat(o.number()).isEqualTo("WO-20261130-0021");
		assertThat(o.events()).containsExactly(
				new WorkOrderOpened(7, 21, "WO-20261130-0021", WorkOrderKind.COMPLAINT, Severity.IMPORTANT, null),
				new ComplaintRaised(7, 21, "WO-20261130-0021", Severity.IMPORTANT, "SUPERVISOR", 88L));
	}

	/** R4.2: a department without a head named: the supervisors are told. */
	@Test
	void r4_2_anImportantComplaintWithoutAHeadGoesToTheSupervisors() {
		WorkOrder o = complaint(Severity.IMPORTANT);
		o.numbered("WO-20261130-0021");
		assertThat(o.events())
			.contains(new ComplaintRaised(7, 21, "WO-20261130-0021", Severity.IMPORTANT, "SUPERVISOR", null));
	}

	/** R4.2: a minor complaint is only opened; nobody above is told at intake. */
	@Test
	void r4_2_aMinorComplaintIsOnlyOpened() {
		WorkOrder o = complaint(Severity.MINOR);
		o.escalatesTo(88L);
		o.numbered("WO-20261130-0021");
		assertThat(o.severity()).isEqualTo(Severity.MINOR);
		assertThat(o.events()).containsExactly(
				new WorkOrderOpened(7, 21, "WO-20261130-0021", WorkOrderKind.COMPLAINT, Severity.MINOR, null));
	}

	/**
	 * R4.2: a missed deadline of a minor complaint goes to the supervisor first, then to
	 * the centre manager; the timeline names the deadline and when it was due.
	 */
	@Test
	void r4_2_aMissedDeadlineGoesToTheSupervisorFirstThenToTheManager() {
		WorkOrder o = order(WorkOrderKind.COMPLAINT, WorkOrderStatus.ACCEPTED);
		Instant due = Instant.parse("2026-12-02T01:00:00Z");
		o.escalate(DeadlineKind.RESOLVE, due, 42L);
		assertThat(o.escalationLevel()).isEqualTo(1);
		assertThat(o.steps()).containsExactly(new WorkOrder.Step(WorkOrderAction.ESCALATE, WorkOrderStatus.ACCEPTED,
				WorkOrderStatus.ACCEPTED, "RESOLVE 2026-12-02T01:00:00Z"));
		o.escalate(DeadlineKind.RESOLVE, due, 42L);
		assertThat(o.escalationLevel()).isEqualTo(2);
		assertThat(o.status()).isEqualTo(WorkOrderStatus.ACCEPTED);
		assertThat(o.events()).containsExactly(
				new WorkOrderEscalated(7, 1, "WO-20261130-0001", DeadlineKind.RESOLVE, 1, "SUPERVISOR", 42L, due),
				new WorkOrderEscalated(7, 1, "WO-20261130-0001", DeadlineKind.RESOLVE, 2, "MANAGER", 42L, due));
	}

	/** R4.2: a major complaint's missed deadline goes to the centre manager at once. */
	@Test
	void r4_2_aMajorComplaintsMissedDeadlineGoesToTheManagerAtOnce() {
		WorkOrder o = complaint(Severity.MAJOR);
		o.numbered("WO-20261130-0021");
		o.clearEvents();
		o.escalate(DeadlineKind.ANSWER, NOW, null);
		assertThat(o.events()).containsExactly(
				new WorkOrderEscalated(7, 21, "WO-20261130-0021", DeadlineKind.ANSWER, 1, "MANAGER", null, NOW));
	}

}
