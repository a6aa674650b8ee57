package com.guanjia.inspections;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the butler records at a checkpoint (R11.2): an answer for every checklist item, a
 * note, whether the checkpoint's QR label was scanned, and photos of items.
 */
public record RecordVisit(List<ItemAnswer> answers, @Nullable String note, boolean scanned, List<PhotoUpload> photos) {
}
