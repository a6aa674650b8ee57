/**
 * Inspections and patrols (巡查, R11), and the checklist engine other modules reuse: areas,
 * routes of checkpoints with printable QR labels, checklist templates kept as versioned
 * data (seeded in Chinese from the seeds), schedules that create rounds once across
 * instances, a round done on a phone (each checkpoint's items pass / fail / not
 * applicable, notes and photos), findings that become work orders, contractor
 * rectifications or referrals, contractors with their contracts and the month-end
 * evaluation signed by the customer-service manager.
 * <p>
 * Other modules use the events in {@link com.guanjia.inspections.InspectionEvents}
 * (notifications; renovation hears {@code FindingRaised}) and the services the demo
 * estate is seeded through ({@code InspectionSetup}, {@code Schedules},
 * {@link com.guanjia.inspections.Rounds}, {@code FindingActions}, {@code Contractors},
 * {@code Evaluations}) with their views; renovation schedules its daily site checks and
 * movein its custody checks through {@code Rounds} ({@code ScheduleRound},
 * {@code RoundSubject}, {@code RoundKind}) with their own checklists from
 * {@code ChecklistTemplates} ({@code TemplateView}), and movein reads them as
 * {@code RoundView}. The module uses estate (units, community zones), access (staff,
 * departments), workorders (a public-facility repair from a finding, through its intake)
 * and scheduling (the recurring job).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access :: api", "estate :: api", "platform",
		"scheduling :: api", "shared", "workorders :: api" })
@org.jspecify.annotations.NullMarked
package com.guanjia.inspections;
