package com.guanjia.platform.storage;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps uploaded files in the {@code stored_file} table. */
@Component
class JdbcFileStorage implements FileStorage {

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcFileStorage(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public StoredFile store(long communityId, String filename, String contentType, byte[] content) {
		long id = jdbc.sql("""
				insert into stored_file (community_id, filename, content_type, size, content, stored_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, filename, contentType, content.length, content,
					OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.query(Long.class)
			.single();
		return new StoredFile(id, communityId, filename, contentType, content.length);
	}

	@Override
	public Optional<StoredFileContent> load(long communityId, long fileId) {
		return jdbc.sql("""
				select id, community_id, filename, content_type, size, content from stored_file
				where community_id = ? and id = ?""")
			.params(communityId, fileId)
			.query((rs,
					i) -> new StoredFileContent(new StoredFile(rs.getLong("id"), rs.getLong("community_id"),
							rs.getString("filename"), rs.getString("content_type"), rs.getLong("size")),
							rs.getBytes("content")))
			.optional();
	}

}
