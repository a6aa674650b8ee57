package com.guanjia.workorders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.guanjia.scheduling.DeadlineView;
import org.jspecify.annotations.Nullable;

/**
 * Everything the order's page shows: the order, its timeline, materials, charges, photos,
 * clocks and visits.
 */
public record WorkOrderDetail(WorkOrderView order, List<TimelineEntry> timeline, List<MaterialLine> materials,
		List<ChargeLine> charges, BigDecimal chargesTotal, BigDecimal total, List<Photo> photos,
		List<DeadlineView> deadlines, List<ReturnVisitView> visits) {

	public record MaterialLine(String name, BigDecimal quantity, MaterialSource source, boolean inspectedOk,
			@Nullable String inspectionNote, Instant addedAt) {
	}

	public record ChargeLine(@Nullable String priceCode, String name, @Nullable String unit, BigDecimal quantity,
			BigDecimal unitPrice, BigDecimal amount) {
	}

	public record Photo(long fileId, String filename, Instant addedAt) {
	}

}
