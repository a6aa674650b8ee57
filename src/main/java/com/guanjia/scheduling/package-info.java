/**
 * Deadlines (时限) and the clocks that watch them: per-community rules and business-hours
 * calendars (working hours, public holidays, make-up working days 调休), deadlines started,
 * paused and met by the modules that own the work, and a check that runs exactly once
 * across instances (db-scheduler on PostgreSQL) and publishes
 * {@link com.guanjia.scheduling.DeadlineEvents} when a deadline comes near or is missed.
 * Every {@link com.guanjia.scheduling.RecurringJob} bean runs in the module's one
 * db-scheduler instance: the deadline check and the resubmission of stale event
 * publications.
 * <p>
 * Other modules use {@code Deadlines} with {@code DeadlineKind},
 * {@code DeadlineRuleCatalogue} and {@code DeadlineView} (desk and workorders start,
 * pause and meet their deadlines), the events in {@code DeadlineEvents} and
 * {@code RecurringJob} (arrears, cashier, inspections and notifications run their jobs);
 * the cashier reads a community's {@code BusinessCalendar} from {@code DeadlineSettings}
 * (the close reminder before the business day ends).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "estate :: api", "platform", "shared" })
@org.jspecify.annotations.NullMarked
package com.guanjia.scheduling;
