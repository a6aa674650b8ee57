package com.guanjia.renovation;

import java.util.List;

/**
 * A renovation's page and {@code GET /api/renovations/{id}}: the renovation with its
 * steps, its papers, workers and history.
 */
public record RenovationDetails(RenovationView renovation, List<RenovationDocumentView> documents,
		List<WorkerView> workers, List<HistoryLine> history) {
}
