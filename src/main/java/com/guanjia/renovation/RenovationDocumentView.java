package com.guanjia.renovation;

import java.time.Instant;

/** A paper of a renovation (without its content). */
public record RenovationDocumentView(long id, long renovationId, DocumentKind kind, String title, String filename,
		String contentType, long size, Instant uploadedAt, String uploadedBy) {

	public boolean image() {
		return contentType.startsWith("image/");
	}

}
