package com.guanjia.renovation;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * A renovation's page and {@code GET /api/renovations/{id}}: the renovation with its
 * steps, its papers, workers and history.
 */
@NamedInterface("api")
public record RenovationDetails(RenovationView renovation, List<RenovationDocumentView> documents,
		List<WorkerView> workers, List<HistoryLine> history) {
}
