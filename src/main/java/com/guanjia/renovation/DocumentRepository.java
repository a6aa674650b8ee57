package com.guanjia.renovation;

import static com.guanjia.platform.db.SqlTime.instant;
import static com.guanjia.platform.db.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The papers and workers of renovations: rows written once, listed in the order they were
 * handed in; every statement names the community.
 */
@Repository
class DocumentRepository {

	private final JdbcClient jdbc;

	private final PersonalIds ids;

	DocumentRepository(JdbcClient jdbc, PersonalIds ids) {
		this.jdbc = jdbc;
		this.ids = ids;
	}

	record NewDocument(long renovationId, DocumentKind kind, String title, long fileId, String filename,
			String contentType, long size, Instant at, String by) {
	}

	long insert(long communityId, NewDocument d) {
		return jdbc.sql("""
				insert into renovation_document (community_id, renovation_id, kind, title, file_id, filename,
				  content_type, size, uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, d.renovationId(), d.kind().name(), d.title(), d.fileId(), d.filename(),
					d.contentType(), d.size(), utc(d.at()), d.by())
			.query(Long.class)
			.single();
	}

	List<RenovationDocumentView> documents(long communityId, long renovationId) {
		return jdbc.sql("select * from renovation_document where community_id = ? and renovation_id = ? order by id")
			.params(communityId, renovationId)
			.query(DocumentRepository::map)
			.list();
	}

	Optional<RenovationDocumentView> document(long communityId, long renovationId, long id) {
		return jdbc.sql("select * from renovation_document where community_id = ? and renovation_id = ? and id = ?")
			.params(communityId, renovationId, id)
			.query(DocumentRepository::map)
			.optional();
	}

	long fileId(long communityId, long documentId) {
		return jdbc.sql("select file_id from renovation_document where community_id = ? and id = ?")
			.params(communityId, documentId)
			.query(Long.class)
			.single();
	}

	long insertWorker(long communityId, long renovationId, String name, String idCard, @Nullable String phone,
			Instant at, String by) {
		PersonalIds.Sealed sealed = ids.seal(idCard);
		return jdbc.sql("""
				insert into renovation_worker (community_id, renovation_id, name, id_card_enc, id_card_tail, phone,
				  added_at, added_by) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, renovationId, name, sealed.encrypted(), sealed.tail(), phone, utc(at), by)
			.query(Long.class)
			.single();
	}

	/**
	 * The workers with their whole ID numbers (the service masks them for the viewer).
	 */
	List<WorkerView> workers(long communityId, long renovationId) {
		return jdbc.sql("select * from renovation_worker where community_id = ? and renovation_id = ? order by id")
			.params(communityId, renovationId)
			.query(this::worker)
			.list();
	}

	Optional<WorkerView> worker(long communityId, long workerId) {
		return jdbc.sql("select * from renovation_worker where community_id = ? and id = ?")
			.params(communityId, workerId)
			.query(this::worker)
			.optional();
	}

	private WorkerView worker(ResultSet rs, int row) throws SQLException {
		return new WorkerView(rs.getLong("id"), rs.getLong("renovation_id"), rs.getString("name"),
				Objects.requireNonNull(ids.open(rs.getBytes("id_card_enc"))), rs.getString("phone"));
	}

	private static RenovationDocumentView map(ResultSet rs, int row) throws SQLException {
		return new RenovationDocumentView(rs.getLong("id"), rs.getLong("renovation_id"),
				DocumentKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("filename"),
				rs.getString("content_type"), rs.getLong("size"), Objects.requireNonNull(instant(rs, "uploaded_at")),
				rs.getString("uploaded_by"));
	}

}
