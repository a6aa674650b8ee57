package com.guanjia.platform.storage;

import java.util.Optional;

/**
 * Where uploaded files (photos, scanned documents) are kept. The default implementation
 * keeps them in PostgreSQL so every instance sees them; an object store can replace it
 * without touching the modules that upload.
 */
public interface FileStorage {

	StoredFile store(long communityId, String filename, String contentType, byte[] content);

	/** The file, when it exists and belongs to the community. */
	Optional<StoredFileContent> load(long communityId, long fileId);

	record StoredFile(long id, long communityId, String filename, String contentType, long size) {
	}

	record StoredFileContent(StoredFile file, byte[] content) {
	}

}
