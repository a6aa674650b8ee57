package com.guanjia.archive;

import org.jspecify.annotations.Nullable;

/** A file handed in for a unit's archive, with its type and an optional title. */
public record DocumentUpload(@Nullable DocumentType type, @Nullable String title, @Nullable String filename,
		byte @Nullable [] content) {
}
