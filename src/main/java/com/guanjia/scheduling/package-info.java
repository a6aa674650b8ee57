/**
 * Deadlines (时限) and the clocks that watch them: per-community rules and business-hours
 * calendars (working hours, public holidays, make-up working days 调休), deadlines started,
 * paused and met by the modules that own the work, and a check that runs exactly once across
 * instances (db-scheduler on PostgreSQL) and publishes {@link com.guanjia.scheduling.DeadlineEvents}
 * when a deadline comes near or is missed.
 */
@org.jspecify.annotations.NullMarked
package com.guanjia.scheduling;
