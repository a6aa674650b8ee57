package com.guanjia.archive;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.guanjia.platform.db.SqlTime;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of a unit's archive: its documents (append-only) and its owners' sections; every
 * statement names the community.
 */
@Repository
class UnitDocumentRepository {

	private static final String COLUMNS = """
			id, community_id, unit_id, doc_type, title, file_id, filename, content_type, size, uploaded_at,
			uploaded_by, section_id, link""";

	/** A section as stored. */
	record Section(long id, int number, List<Long> ownerIds, String owners, LocalDate openedOn,
			@Nullable LocalDate closedOn) {
	}

	/** A new document row. */
	record NewDocument(long unitId, DocumentType type, String title, @Nullable Long fileId, @Nullable String filename,
			@Nullable String contentType, long size, @Nullable Long sectionId, @Nullable String link,
			@Nullable String sourceKey, Instant at, String by) {
	}

	private final JdbcClient jdbc;

	UnitDocumentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long communityId, NewDocument d) {
		return jdbc.sql("""
				insert into unit_document (community_id, unit_id, doc_type, title, file_id, filename, content_type,
				  size, uploaded_at, uploaded_by, section_id, link, source_key)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, d.unitId(), d.type().name(), d.title(), d.fileId(),
					d.filename() == null ? d.title() : d.filename(), d.contentType(), d.size(), SqlTime.utc(d.at()),
					d.by(), d.sectionId(), d.link(), d.sourceKey())
			.query(Long.class)
			.single();
	}

	Optional<Long> idBySourceKey(long communityId, String sourceKey) {
		return jdbc.sql("select id from unit_document where community_id = ? and source_key = ?")
			.params(communityId, sourceKey)
			.query(Long.class)
			.optional();
	}

	/** The unit's documents in the order they were filed. */
	List<DocumentView> ofUnit(long communityId, long unitId) {
		return jdbc.sql("select " + COLUMNS + " from unit_document where community_id = ? and unit_id = ? order by id")
			.params(communityId, unitId)
			.query(UnitDocumentRepository::map)
			.list();
	}

	Optional<DocumentView> find(long communityId, long unitId, long id) {
		return jdbc.sql("select " + COLUMNS + " from unit_document where community_id = ? and unit_id = ? and id = ?")
			.params(communityId, unitId, id)
			.query(UnitDocumentRepository::map)
			.optional();
	}

	Optional<Long> fileId(long communityId, long id) {
		return jdbc.sql("select file_id from unit_document where community_id = ? and id = ?")
			.params(communityId, id)
			.query((rs, row) -> (Long) rs.getObject(1))
			.optional();
	}

	// --- sections
	// ------------------------------------------------------------------------

	Optional<Section> openSection(long communityId, long unitId) {
		return jdbc.sql("""
				select * from archive_section where community_id = ? and unit_id = ? and closed_on is null""")
			.params(communityId, unitId)
			.query(UnitDocumentRepository::section)
			.optional();
	}

	List<Section> sections(long communityId, long unitId) {
		return jdbc.sql("select * from archive_section where community_id = ? and unit_id = ? order by number")
			.params(communityId, unitId)
			.query(UnitDocumentRepository::section)
			.list();
	}

	long openSection(long communityId, long unitId, List<Long> ownerIds, String owners, LocalDate on) {
		int number = jdbc
			.sql("select coalesce(max(number), 0) + 1 from archive_section where community_id = ? and unit_id = ?")
			.params(communityId, unitId)
			.query(Integer.class)
			.single();
		return jdbc.sql("""
				insert into archive_section (community_id, unit_id, number, owner_ids, owners, opened_on)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, unitId, number, ownerIds.toArray(Long[]::new), owners, Date.valueOf(on))
			.query(Long.class)
			.single();
	}

	void closeSection(long communityId, long sectionId, LocalDate on) {
		jdbc.sql("""
				update archive_section set closed_on = greatest(opened_on, ?)
				where community_id = ? and id = ? and closed_on is null""")
			.params(Date.valueOf(on), communityId, sectionId)
			.update();
	}

	/** A joint owner came or went: the open section names the owners of now. */
	void renameSection(long communityId, long sectionId, List<Long> ownerIds, String owners) {
		jdbc.sql("update archive_section set owner_ids = ?, owners = ? where community_id = ? and id = ?")
			.params(ownerIds.toArray(Long[]::new), owners, communityId, sectionId)
			.update();
	}

	private static Section section(ResultSet rs, int row) throws SQLException {
		Long[] ids = (Long[]) rs.getArray("owner_ids").getArray();
		Date closed = rs.getDate("closed_on");
		return new Section(rs.getLong("id"), rs.getInt("number"), List.of(ids), rs.getString("owners"),
				rs.getDate("opened_on").toLocalDate(), closed == null ? null : closed.toLocalDate());
	}

	private static DocumentView map(ResultSet rs, int row) throws SQLException {
		return new DocumentView(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("unit_id"),
				DocumentType.valueOf(rs.getString("doc_type")), rs.getString("title"), rs.getString("filename"),
				rs.getString("content_type"), rs.getLong("size"), SqlTime.instant(rs, "uploaded_at"),
				rs.getString("uploaded_by"), (Long) rs.getObject("section_id"), rs.getString("link"));
	}

}
