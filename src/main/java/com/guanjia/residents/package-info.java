/**
 * The people registry (R1.3–R1.4): persons and companies of a community, and how they
 * relate to units — ownership with its transfer history (产权转让, never overwritten),
 * tenancies, household members and vehicles. ID-card numbers and phones are personal
 * data: masked in every list, shown whole on a detail only to roles with
 * {@code PERSONAL_ID_VIEW} / {@code PHONE_VIEW}.
 * <p>
 * Other modules use {@link com.guanjia.residents.ResidentDirectory} with
 * {@code ResidentSummary} and {@code PartyId} (names and phones of payers, reporters,
 * borrowers), {@code Standing}, {@code Authorisations} and {@code PlateNumber} (keys: who
 * may act for a unit), {@code UnitTie} with {@code OccupantRole} (goods: whether a
 * requester owns or rents the unit), {@link com.guanjia.residents.OwnerImport}
 * (spreadsheet import), {@code HouseholdRegistry} with its commands (the demo),
 * {@code VehicleView} (search), {@code RegisteredVehicles} with {@code RegisteredVehicle}
 * (the car park's gate and space check: plates, units, the driver masked, without
 * {@code PEOPLE_READ}) and the events in {@link com.guanjia.residents.ResidentsEvents}.
 * The root package holds the API and the module's services; {@code web} holds pages and
 * JSON resources.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "estate :: api", "platform", "shared" })
@org.jspecify.annotations.NullMarked
package com.guanjia.residents;
