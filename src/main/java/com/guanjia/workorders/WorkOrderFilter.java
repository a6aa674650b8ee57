package com.guanjia.workorders;

import org.jspecify.annotations.Nullable;

/**
 * What a work-order list shows: open only (default) or a status, a kind, a technician, a
 * search text.
 */
public record WorkOrderFilter(@Nullable WorkOrderStatus status, @Nullable WorkOrderKind kind, boolean openOnly,
		@Nullable Long technicianId, @Nullable Long unitId, @Nullable String q) {

	public static WorkOrderFilter open() {
		return new WorkOrderFilter(null, null, true, null, null, null);
	}

}
