package com.guanjia.archive;

/** A document and its bytes, for a download. */
public record DocumentContent(DocumentView document, byte[] content) {
}
