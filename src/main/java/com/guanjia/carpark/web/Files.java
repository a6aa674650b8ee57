package com.guanjia.carpark.web;

import java.nio.charset.StandardCharsets;

import com.guanjia.platform.storage.FileStorage;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Stored copies and pictures sent back to the phone, never sniffed as anything else. */
final class Files {

	private Files() {
	}

	static ResponseEntity<byte[]> inline(FileStorage.StoredFileContent content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.file().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(content.file().filename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content.content());
	}

}
