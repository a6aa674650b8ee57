/**
 * The people registry (R1.3–R1.4): persons and companies of a community, and how they
 * relate to units — ownership with its transfer history (产权转让, never overwritten),
 * tenancies, household members and vehicles. ID-card numbers and phones are personal
 * data: masked in every list, shown whole on a detail only to roles with
 * {@code PERSONAL_ID_VIEW} / {@code PHONE_VIEW}.
 * <p>
 * Other modules use {@link com.guanjia.residents.ResidentDirectory} (names and phones of
 * payers, reporters), {@link com.guanjia.residents.OwnerImport} (spreadsheet import) and
 * the events in {@link com.guanjia.residents.ResidentsEvents}. The root package is the
 * API; {@code web} holds pages and JSON resources.
 */
@org.jspecify.annotations.NullMarked
package com.guanjia.residents;
