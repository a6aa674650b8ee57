/**
 * The car park and its gate (R12, R1.2; issue 14): parking cards, entry and exit by plate
 * on a phone at the gate, the duration fee from the community's
 * {@link com.guanjia.carpark.Tariff} with the cashier's gap-free receipt, free exits with
 * their reason, held vehicles released by the shift lead with the owner's documents, the
 * shift handover log, plate-recognition cameras, the monthly space check and the reports.
 * <p>
 * Every record with a status (card, stay, held vehicle, shift log, camera sighting, space
 * check finding) is a model with its steps enum, repository and service (decision 0012).
 * Spaces come from {@code estate}, vehicles from {@code residents}, receipts from
 * {@code cashier}, rents from {@code billing}; the dependencies point from here to them.
 * <p>
 * Other modules use the events {@code VehicleHeld} and {@code CarparkIncident}
 * (notifications tells the shift lead and the manager) and the services and commands the
 * demo seeds the car park with ({@code CarparkSettings}, {@code ParkingCards},
 * {@code Gate}, {@code ShiftLogs}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access :: api", "billing :: api",
		"cashier :: api", "estate :: api", "platform", "residents :: api", "shared" })
@org.jspecify.annotations.NullMarked
package com.guanjia.carpark;
