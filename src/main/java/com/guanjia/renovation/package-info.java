/**
 * Renovation (二次装修, R9) and goods release (物品放行, R10.2): the application at the service
 * centre with its drawings, agreement and pledge (R9.1), the housing authority's approval
 * of a structural change before any permit (R9.2), the permit with its garbage fee and
 * deposit and the workers' temporary passes (R9.3), working hours and overtime approvals
 * checked at the gate (R9.4), daily site checks as rounds of the inspections engine and
 * the violations they find (R9.5), the 48-hour closed-water test (R9.6), materials
 * approved at the gate, completion acceptance and the deposit's refund (R9.7); and the
 * release pass for goods leaving the estate, confirmed with the owner and checked once at
 * the gate (R10.2).
 * <p>
 * Every record with a status follows decision 0012: a steps enum, a package-private
 * model, its repository, a public service. The module uses estate (units and their
 * state), residents (owners and their authorisations of a proxy), billing (the garbage
 * fee), cashier (the deposit), inspections (the daily checks as rounds, their findings),
 * scheduling (the job that plans them) and archive (the unit's papers).
 * <p>
 * Other modules use the events {@code RenovationPermitted},
 * {@code ViolationRectificationDemanded} and {@code ViolationEscalated} (notifications
 * tells engineering, security, the owner and the manager), and the services the demo
 * estate is seeded through ({@code Renovations}, {@code RenovationSite},
 * {@code SiteChecks}) with their commands and views.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "archive :: api", "billing :: api", "cashier :: api", "estate :: api",
				"inspections :: api", "platform", "residents :: api", "scheduling :: api", "shared" })
@org.jspecify.annotations.NullMarked
package com.guanjia.renovation;
