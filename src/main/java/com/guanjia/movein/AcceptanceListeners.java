package com.guanjia.movein;

import com.guanjia.workorders.WorkOrderEvents.WorkOrderCompleted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A defect's work order was done: the acceptance waiting for it notes the defect fixed,
 * and when it was the last the second acceptance can be booked (R8.3). Idempotent: a work
 * order that no acceptance awaits changes nothing.
 */
@Component
class AcceptanceListeners {

	private final HouseAcceptances acceptances;

	AcceptanceListeners(HouseAcceptances acceptances) {
		this.acceptances = acceptances;
	}

	@ApplicationModuleListener
	void on(WorkOrderCompleted event) {
		acceptances.defectDone(event.communityId(), event.workOrderId());
	}

}
