/**
 * Notifications: in-app messages to a staff member or to a role of a community (the
 * supervisor, the centre manager), and an outbox of SMS and e-mail delivered by a job
 * that runs once across instances, through Alibaba Cloud SMS, SMTP or (by default) the
 * log, with retries, backoff and a per-phone limit (decision 0015). Fed only by other
 * modules' events (work orders, the desk, billing runs' payment notices, dunning
 * reminders, renovations), so no module depends on this one; it uses {@code access} for
 * staff mobiles and {@code scheduling} to run its job.
 * <p>
 * No other module uses it.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "access :: api", "arrears :: api", "billing :: api", "carpark :: api", "cashier :: api",
				"desk :: api", "estate :: api", "inspections :: api", "keys :: api", "platform", "renovation :: api",
				"residents :: api", "scheduling :: api", "shared", "workorders :: api" })
@org.jspecify.annotations.NullMarked
package com.guanjia.notifications;
