/**
 * Inspections and patrols (巡查, R11), and the checklist engine other modules reuse: areas,
 * routes of checkpoints with printable QR labels, checklist templates kept as versioned
 * data (seeded in Chinese from the seeds), schedules that create rounds once across
 * instances, a round done on a phone (each checkpoint's items pass / fail / not
 * applicable, notes and photos), findings that become work orders, contractor
 * rectifications or referrals, contractors with their contracts and the month-end
 * evaluation signed by the customer-service manager.
 * <p>
 * Other modules use {@link com.guanjia.inspections.Rounds} (a round over a subject of
 * theirs: a unit's custody check, a renovation's daily site check),
 * {@link com.guanjia.inspections.ChecklistTemplates} and the events in
 * {@link com.guanjia.inspections.InspectionEvents}. The module uses estate (units,
 * community zones), access (staff, departments), workorders (a public-facility repair
 * from a finding, through its intake) and scheduling (the recurring job).
 */
@org.jspecify.annotations.NullMarked
package com.guanjia.inspections;
