/**
 * Work orders (R3, R4, R5.1): repairs in a unit and of public facilities, complaints,
 * requests for help, enquiries, suggestions and handover defects, each with a number
 * people can say on the phone, a state machine that refuses illegal steps, a timeline of
 * every step, dispatch to a department and technician, warranty, charges from the
 * community's price list, deadlines and escalation, return visits and the indicators the
 * centre is judged by. The root package holds the module's services and, marked
 * {@code @NamedInterface("api")}, its API; {@code web} holds its pages and JSON
 * resources.
 * <p>
 * Other modules use {@code WorkOrderIntake} with {@code OpenWorkOrder} (desk and
 * inspections open work orders), {@code WorkOrderView}, {@code WorkOrderKind},
 * {@code WorkOrderCatalogue}, {@code WorkOrderWorkflow}, {@code WorkOrderCommands} and
 * {@code ContactChannel} (the demo's orders), {@code FirstContacts} with
 * {@code FirstContactView} (desk shows a record's order's first contact) and the events
 * in {@code WorkOrderEvents} (desk, inspections, notifications).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "access :: api", "arrears :: api", "billing :: api", "estate :: api", "meters :: api",
				"platform", "residents :: api", "scheduling :: api", "shared" })
@org.jspecify.annotations.NullMarked
package com.guanjia.workorders;
