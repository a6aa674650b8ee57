/**
 * Work orders (R3, R4, R5.1): repairs in a unit and of public facilities, complaints,
 * requests for help, enquiries, suggestions and handover defects, each with a number
 * people can say on the phone, a state machine that refuses illegal steps, a timeline of
 * every step, dispatch to a department and technician, warranty, charges from the
 * community's price list, deadlines and escalation, return visits and the indicators the
 * centre is judged by. The root package is the module's API; {@code web} holds its pages
 * and JSON resources.
 */
@org.jspecify.annotations.NullMarked
package com.guanjia.workorders;
