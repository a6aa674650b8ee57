/**
 * Move-in (入伙, R8): the case of a unit's new owner — documents checked by applicant kind,
 * the registration form feeding the residents registry, the agreements, the keys and
 * handbooks handed out, the fees paid or consciously deferred, utilities and parking
 * requests noted — the house acceptance of rooms × items whose defects become
 * handover-defect work orders and whose second acceptance the owner signs, custody, and
 * the completeness of each unit's archive. The unit's state and handover date change only
 * when the case completes ({@link com.guanjia.estate.HandoverGuard}). Uses estate,
 * residents, archive, keys, workorders, billing, meters and inspections through their
 * public APIs and events.
 * <p>
 * Custody's outside checks are rounds of the inspection engine, planned weekly by a
 * recurring job (scheduling) and for heavy rain on a butler's order.
 * <p>
 * Other modules use {@code MoveIns}, {@code HouseAcceptances} and {@code Custodies} with
 * their commands, views and enums (the demo seeds cases, acceptances and custody through
 * them); estate asks it through {@code HandoverGuard}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access :: api", "archive :: api",
		"billing :: api", "estate :: api", "inspections :: api", "keys :: api", "meters :: api", "platform",
		"residents :: api", "scheduling :: api", "shared", "workorders :: api" })
@org.jspecify.annotations.NullMarked
package com.guanjia.movein;
