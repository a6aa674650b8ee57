/**
 * Arrears and dunning (R6.7): overdue units by age, the dunning ladder (reminder, demand
 * letter, home visit, legal referral) as data with every step recorded, the list of units
 * due for their next step, and restoring water and power once a unit has paid everything.
 * <p>
 * Other modules use only the events in {@code ArrearsEvents} (workorders restores water
 * and power, notifications sends the reminder). It reads staff names from access.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access :: api", "billing :: api",
		"estate :: api", "platform", "residents :: api", "scheduling :: api", "shared" })
@org.jspecify.annotations.NullMarked
package com.guanjia.arrears;
