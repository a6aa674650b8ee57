package com.guanjia.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.platform.storage.FileStorage;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a unit's archive (业户档案, R1.4): PDF, JPEG or PNG up to 10 MB,
 * recognised by their content, kept through {@link FileStorage}. Uploading one adds a
 * line to the unit's log. Documents are never replaced or deleted.
 */
@Service
@Transactional
public class UnitDocuments {

	public static final long MAX_SIZE = 10L * 1024 * 1024;

	private static final String COLUMNS = """
			id, community_id, unit_id, doc_type, title, file_id, filename, content_type, size, uploaded_at,
			uploaded_by""";

	private final JdbcClient jdbc;

	private final FileStorage storage;

	private final UnitManagement units;

	private final UnitLog log;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final Clock clock;

	UnitDocuments(JdbcClient jdbc, FileStorage storage, UnitManagement units, UnitLog log, CommunityScope scope,
			AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.storage = storage;
		this.units = units;
		this.log = log;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
	}

	public DocumentView upload(long unitId, DocumentUpload upload) {
		scope.require(Permission.ARCHIVE_WRITE);
		UnitView unit = units.get(unitId);
		byte[] content = upload.content() == null ? new byte[0] : upload.content();
		String filename = cleanName(upload.filename());
		Problems p = new Problems();
		p.required("type", upload.type());
		p.optionalText("title", upload.title(), 100);
		FileKind kind = FileKind.sniff(content);
		if (content.length == 0) {
			p.add("file", "validation.required");
		}
		else if (content.length > MAX_SIZE) {
			p.add("file", "archive.file.tooLarge", MAX_SIZE / 1024 / 1024);
		}
		else if (kind == null) {
			p.add("file", "archive.file.type");
		}
		else if (!kind.fitsName(filename)) {
			p.add("file", "archive.file.extension", kind.name());
		}
		p.throwIfAny();
		String title = upload.title() == null || upload.title().isBlank() ? filename : upload.title().strip();
		FileStorage.StoredFile file = storage.store(unit.communityId(), filename, kind.contentType, content);
		long id = jdbc.sql("""
				insert into unit_document (community_id, unit_id, doc_type, title, file_id, filename, content_type,
				  size, uploaded_at, uploaded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(unit.communityId(), unit.id(), upload.type().name(), title, file.id(), filename, kind.contentType,
					content.length, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), scope.actor())
			.query(Long.class)
			.single();
		log.record(unit.communityId(), unit.id(), null, UnitEventKind.DOCUMENT_ADDED,
				List.of("#" + upload.type().messageKey(), title), "archive.DocumentAdded:" + id);
		audit.record(unit.communityId(), "unit-document", id, "create",
				unit.label() + " " + upload.type() + " " + filename + " (" + content.length + " bytes)");
		return find(unit.communityId(), unit.id(), id);
	}

	/** The unit's documents, oldest first; 404 outside the caller's communities. */
	@Transactional(readOnly = true)
	public List<DocumentView> list(long unitId) {
		scope.require(Permission.PEOPLE_READ);
		UnitView unit = units.get(unitId);
		return jdbc.sql("select " + COLUMNS + " from unit_document where community_id = ? and unit_id = ? order by id")
			.params(unit.communityId(), unit.id())
			.query(UnitDocuments::map)
			.list();
	}

	/**
	 * A document's content: 404 when it is not this unit's (or the unit not the
	 * caller's); 403 for an ID copy without PERSONAL_ID_VIEW. Every download is audited
	 * (issue 9 item 14) under the unit's archive ({@code unit-archive}, the unit's id),
	 * so the page of each person tied to the unit lists it.
	 */
	public DocumentContent download(long unitId, long documentId) {
		scope.require(Permission.PEOPLE_READ);
		UnitView unit = units.get(unitId);
		DocumentView doc = find(unit.communityId(), unit.id(), documentId);
		if (doc.type().personal() && !scope.has(Permission.PERSONAL_ID_VIEW)) {
			throw new AccessDeniedException("document " + documentId + " holds personal data");
		}
		long fileId = jdbc.sql("select file_id from unit_document where community_id = ? and id = ?")
			.params(unit.communityId(), documentId)
			.query(Long.class)
			.single();
		FileStorage.StoredFileContent file = storage.load(unit.communityId(), fileId)
			.orElseThrow(() -> new NotFoundException("unit-document", documentId));
		audit.record(unit.communityId(), "unit-archive", unit.id(), "download",
				doc.type() + " #" + documentId + " " + doc.filename() + " (" + unit.label() + ")");
		return new DocumentContent(doc, file.content());
	}

	private DocumentView find(long communityId, long unitId, long id) {
		return jdbc.sql("select " + COLUMNS + " from unit_document where community_id = ? and unit_id = ? and id = ?")
			.params(communityId, unitId, id)
			.query(UnitDocuments::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("unit-document", id));
	}

	/** The name without any path a browser sent, at most 255 characters. */
	static String cleanName(String filename) {
		String name = filename == null ? "" : filename.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			name = "document";
		}
		return name.length() <= 255 ? name : name.substring(name.length() - 255);
	}

	private static DocumentView map(ResultSet rs, int row) throws SQLException {
		return new DocumentView(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("unit_id"),
				DocumentType.valueOf(rs.getString("doc_type")), rs.getString("title"), rs.getString("filename"),
				rs.getString("content_type"), rs.getLong("size"),
				rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(), rs.getString("uploaded_by"));
	}

}
