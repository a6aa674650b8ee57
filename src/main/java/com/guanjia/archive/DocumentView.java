package com.guanjia.archive;

import java.time.Instant;

/** A document of a unit's archive (without its content). */
public record DocumentView(long id, long communityId, long unitId, DocumentType type, String title, String filename,
		String contentType, long size, Instant uploadedAt, String uploadedBy) {
}
