package com.guanjia.inspections;

/** A photo of a checklist item, resized on upload. */
public record PhotoView(long id, int visitPosition, int itemPosition, long fileId, String filename) {
}
