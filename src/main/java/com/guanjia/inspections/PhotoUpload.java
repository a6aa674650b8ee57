package com.guanjia.inspections;

import org.springframework.modulith.NamedInterface;

/** A photo of a checklist item as it came from the phone. */
@NamedInterface("api")
public record PhotoUpload(int itemPosition, String filename, String contentType, byte[] content) {
}
