/**
 * The front desk's reception log (R2): every visit, call, letter, online message and
 * patrol finding, recorded in seconds and followed through record → handle → reply →
 * archive, with the agreed reply time of a question that needs a specialist (R2.2) and
 * the agent's queue of due and late replies. One action turns a record into a work order;
 * the dependency points from desk to workorders.
 * <p>
 * Other modules use the events in {@code DeskEvents} (notifications) and
 * {@code ReceptionDesk} with {@code RecordVisit}, {@code Channel} and
 * {@code ReceptionView} (the demo's reception log).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "estate :: api", "platform", "residents :: api",
		"scheduling :: api", "shared", "workorders :: api" })
@org.jspecify.annotations.NullMarked
package com.guanjia.desk;
