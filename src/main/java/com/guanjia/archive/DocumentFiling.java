package com.guanjia.archive;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * What another module files in a unit's archive at a step of its procedure: a scanned
 * file ({@code filename} and {@code content}) or a form kept as one of its pages
 * ({@code link}), filed once per {@code sourceKey} however often it is asked.
 */
@NamedInterface("api")
public record DocumentFiling(DocumentType type, String title, @Nullable String filename, byte @Nullable [] content,
		@Nullable String link, String sourceKey) {

	public static DocumentFiling file(DocumentType type, String title, String filename, byte[] content,
			String sourceKey) {
		return new DocumentFiling(type, title, filename, content, null, sourceKey);
	}

	public static DocumentFiling form(DocumentType type, String title, String link, String sourceKey) {
		return new DocumentFiling(type, title, null, null, link, sourceKey);
	}

}
