package com.guanjia.renovation;

/** A renovation's paper and its bytes, for a download. */
public record PaperContent(RenovationDocumentView document, byte[] content) {
}
