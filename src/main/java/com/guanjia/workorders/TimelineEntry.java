package com.guanjia.workorders;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step of a work order's history: when, who, what, and the state before and after.
 */
public record TimelineEntry(Instant at, String actor, WorkOrderAction action, @Nullable WorkOrderStatus from,
		WorkOrderStatus to, @Nullable String note) {
}
