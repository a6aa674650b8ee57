package com.guanjia.inspections;

import org.jspecify.annotations.Nullable;

/**
 * What a scanned QR label opens: the checkpoint, and the round of today that has it still
 * to visit (the caller's own first), if any.
 */
public record ScanResult(CheckpointView checkpoint, @Nullable Long roundId, @Nullable Integer position) {
}
