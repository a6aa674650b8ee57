package com.guanjia.workorders;

import java.time.Instant;

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
import org.jspecify.annotations.Nullable;

/**
 * Orders put straight into a state for the plain model tests: WO-20261130-0001 of
 * community 7, dispatched to technician 42, paid (out of warranty), a complaint minor.
 */
final class TestOrders {

	static final Instant CREATED = Instant.parse("2026-11-30T01:00:00Z");

	private TestOrders() {
	}

	static WorkOrder order(WorkOrderKind kind, WorkOrderStatus status) {
		return order(kind, status, Warranty.Decision.PAID, 42L, null);
	}

	static WorkOrder order(WorkOrderKind kind, WorkOrderStatus status, Warranty.Decision warranty,
			@Nullable Long technicianId, @Nullable String confirmationCode) {
		Complaint complaint = kind == WorkOrderKind.COMPLAINT ? new Complaint(Severity.MINOR, null, null, null) : null;
		return WorkOrder.restore(new WorkOrderSnapshot(new Header(1, 7, "WO-20261130-0001", kind, status, CREATED, 0),
				new Request(Place.of(null, null, null), new Reporter(null, "张三", "13812345678"), "漏水", null, false,
						null),
				new Classification(null, warranty, null, false, false), complaint,
				new Assignment(null, technicianId, technicianId == null ? null : "师傅" + technicianId), Visit.NONE,
				new Outcome(null, null, null, null, null, confirmationCode), Closure.NONE, Pause.NONE, Standing.NONE));
	}

}
