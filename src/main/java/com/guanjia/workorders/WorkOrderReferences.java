package com.guanjia.workorders;

import java.util.List;

import com.guanjia.estate.Reference;
import com.guanjia.estate.ReferenceCheck;
import com.guanjia.estate.RegistryRecord;

import org.springframework.stereotype.Component;

/**
 * What of work orders refers to a unit or a resident, for the registry's delete (decision
 * 0014): orders at the unit and orders the resident reported.
 */
@Component
class WorkOrderReferences implements ReferenceCheck {

	private final WorkOrderRepository orders;

	WorkOrderReferences(WorkOrderRepository orders) {
		this.orders = orders;
	}

	@Override
	public List<Reference> referencesTo(RegistryRecord record) {
		return switch (record.kind()) {
			case UNIT ->
				List.of(new Reference("reference.workOrders", orders.countAtUnit(record.communityId(), record.id())));
			case RESIDENT -> List
				.of(new Reference("reference.workOrders", orders.countReportedBy(record.communityId(), record.id())));
			// Orders name a unit or a place, never a building or a parking space.
			case BUILDING, PARKING_SPACE -> List.of();
		};
	}

}
