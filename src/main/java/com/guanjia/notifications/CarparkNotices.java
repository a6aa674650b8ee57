package com.guanjia.notifications;

import com.guanjia.carpark.CarparkEvents.CarparkIncident;
import com.guanjia.carpark.CarparkEvents.VehicleHeld;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about the car park (R12.3, R12.5, R16.3): the shift leads, in the app, of
 * a vehicle held at the exit (seed 001 item 8: 报告主任或班长); the manager of a forced exit or
 * an abandoned vehicle, to report up the line. One message per event key.
 */
@Component
class CarparkNotices {

	private final Notifications notifications;

	CarparkNotices(Notifications notifications) {
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(VehicleHeld e) {
		notifications.notify(e.communityId(), "vehicle-held:" + e.heldId(), null, "SHIFT_LEAD", "notice.vehicleHeld",
				"/carpark/held/" + e.heldId(), e.plate(), "#carpark.holdReason." + e.reason().name());
	}

	@ApplicationModuleListener
	void on(CarparkIncident e) {
		notifications.notify(e.communityId(), "carpark-incident:" + e.stayId(), null, "MANAGER",
				"notice.carparkIncident", "/carpark/stays/" + e.stayId(), e.plate(),
				"#carpark.stayStatus." + e.kind().name(), e.note());
	}

}
