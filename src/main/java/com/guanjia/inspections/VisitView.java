package com.guanjia.inspections;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/** One checkpoint of a round: its checklist, and once visited its results and photos. */
@NamedInterface("api")
public record VisitView(int position, @Nullable Long checkpointId, String name, VisitStatus status,
		@Nullable Instant visitedAt, boolean scanned, @Nullable String visitedBy, @Nullable String note,
		List<ChecklistItem> items, List<ItemResult> results, List<PhotoView> photos) {

	public boolean pending() {
		return status == VisitStatus.PENDING;
	}

}
