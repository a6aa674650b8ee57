package com.guanjia.archive;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A document of a unit's archive (without its content): a scanned file, or a form kept as
 * a page of the module that made it ({@code link}). {@code sectionId} is the owners'
 * section it was filed in (null before the unit had owners).
 */
@NamedInterface("api")
public record DocumentView(long id, long communityId, long unitId, DocumentType type, String title,
		@Nullable String filename, @Nullable String contentType, long size, Instant uploadedAt, String uploadedBy,
		@Nullable Long sectionId, @Nullable String link) {

	/** Whether it is a form kept as a page rather than a file. */
	public boolean form() {
		return link != null;
	}

}
