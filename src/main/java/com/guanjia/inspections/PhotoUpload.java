package com.guanjia.inspections;

/** A photo of a checklist item as it came from the phone. */
public record PhotoUpload(int itemPosition, String filename, String contentType, byte[] content) {
}
