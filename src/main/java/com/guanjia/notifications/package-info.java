/**
 * Notifications: in-app messages to a staff member or to a role of a community (the
 * supervisor, the centre manager), and an outbox of SMS and e-mail for a later delivery
 * channel. Fed only by other modules' events (work orders, the desk, billing runs'
 * payment notices, dunning reminders), so no module depends on this one.
 */
@org.jspecify.annotations.NullMarked
package com.guanjia.notifications;
