package com.guanjia.archive;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.platform.storage.FileStorage;
import com.guanjia.platform.storage.FileType;
import com.guanjia.platform.storage.UploadPolicy;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/**
 * The documents of a unit's archive (业户档案, R1.4): scanned papers — PDF, JPEG or PNG up to
 * 10 MB, recognised by their content ({@link UploadPolicy#DOCUMENT}), kept through
 * {@link FileStorage} — and the forms other modules' procedures file as their pages
 * (registration form, acceptance sheet, key receipt), in the order they were filed and in
 * the section of the owners of the time ({@link ArchiveSections}). Filing one adds a line
 * to the unit's log. Documents are never replaced or deleted.
 */
@Service
@Transactional
@NamedInterface("api")
public class UnitDocuments {

	public static final long MAX_SIZE = UploadPolicy.DOCUMENT.maxBytes();

	private final UnitDocumentRepository repository;

	private final ArchiveSections sections;

	private final FileStorage storage;

	private final UnitManagement units;

	private final UnitLog log;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final Clock clock;

	private final CommunityDirectory communities;

	UnitDocuments(UnitDocumentRepository repository, ArchiveSections sections, FileStorage storage,
			UnitManagement units, UnitLog log, CommunityScope scope, AuditTrail audit, Clock clock,
			CommunityDirectory communities) {
		this.communities = communities;
		this.repository = repository;
		this.sections = sections;
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
		String filename = UploadPolicy.cleanName(upload.filename(), "document");
		Problems p = new Problems();
		p.required("type", upload.type());
		p.optionalText("title", upload.title(), 100);
		FileType type = UploadPolicy.DOCUMENT.check(p, "file", filename, upload.content());
		p.throwIfAny();
		String title = upload.title() == null || upload.title().isBlank() ? filename : upload.title().strip();
		return store(unit, upload.type(), title, filename, upload.content(), type, null, null);
	}

	/**
	 * Files a scanned paper or a form of another module's procedure (a move-in's ID
	 * copies, its registration form, an acceptance sheet) in the unit's current section,
	 * once per source key (a repeat answers the first). A file is checked like an upload,
	 * its problems named {@code field}. No caller check: the calling module has checked
	 * its caller and the unit.
	 */
	public DocumentView file(UnitId unitId, DocumentFiling filing, String field) {
		UnitView unit = units.find(unitId).orElseThrow(() -> new NotFoundException("unit", unitId.value()));
		var existing = repository.idBySourceKey(unit.communityId(), filing.sourceKey());
		if (existing.isPresent()) {
			return repository.find(unit.communityId(), unit.id(), existing.get()).orElseThrow();
		}
		Problems p = new Problems();
		p.text("title", filing.title(), 100);
		FileType type = null;
		String filename = null;
		if (filing.link() == null) {
			filename = UploadPolicy.cleanName(filing.filename(), "document");
			type = UploadPolicy.DOCUMENT.check(p, field, filename, filing.content());
		}
		p.throwIfAny();
		return store(unit, filing.type(), filing.title().strip(), filename, filing.content(), type, filing.link(),
				filing.sourceKey());
	}

	private DocumentView store(UnitView unit, DocumentType docType, String title, @Nullable String filename,
			byte @Nullable [] content, @Nullable FileType type, @Nullable String link, @Nullable String sourceKey) {
		Long fileId = null;
		long size = 0;
		if (content != null && type != null && filename != null) {
			fileId = storage.store(unit.communityId(), filename, type.contentType(), content).id();
			size = content.length;
		}
		Long section = sections.current(unit.unitId());
		long id = repository.insert(unit.communityId(),
				new UnitDocumentRepository.NewDocument(unit.id(), docType, title, fileId, filename,
						type == null ? null : type.contentType(), size, section, link, sourceKey, clock.instant(),
						scope.actor()));
		log.record(unit.communityId(), unit.id(), null, UnitEventKind.DOCUMENT_ADDED,
				List.of("#" + docType.messageKey(), title), "archive.DocumentAdded:" + id);
		audit.record(unit.communityId(), "unit-document", id, "create",
				unit.label() + " " + docType + " " + (link != null ? link : filename + " (" + size + " bytes)"));
		return repository.find(unit.communityId(), unit.id(), id).orElseThrow();
	}

	/** The unit's documents, oldest first; 404 outside the caller's communities. */
	@Transactional(readOnly = true)
	public List<DocumentView> list(long unitId) {
		scope.require(Permission.PEOPLE_READ);
		UnitView unit = units.get(unitId);
		return repository.ofUnit(unit.communityId(), unit.id());
	}

	/**
	 * The unit's archive in owners' sections, the current one first, each with its
	 * documents in the order they were filed; what was filed before the unit had owners
	 * is section 0. 404 outside the caller's communities.
	 */
	@Transactional(readOnly = true)
	public List<ArchiveSectionView> sections(long unitId) {
		scope.require(Permission.PEOPLE_READ);
		UnitView unit = units.get(unitId);
		return sectionsOf(unit.unitId());
	}

	/** The same for another module's check (no caller check). */
	@Transactional(readOnly = true)
	public List<ArchiveSectionView> sectionsOf(UnitId unit) {
		long c = unit.communityId();
		Map<Long, List<DocumentView>> bySection = repository.ofUnit(c, unit.value())
			.stream()
			.collect(Collectors.groupingBy(d -> d.sectionId() == null ? 0L : d.sectionId()));
		List<ArchiveSectionView> result = new ArrayList<>();
		for (UnitDocumentRepository.Section s : repository.sections(c, unit.value())) {
			result.add(0, new ArchiveSectionView(s.id(), s.number(), s.owners(), s.openedOn(), s.closedOn(),
					bySection.getOrDefault(s.id(), List.of())));
		}
		List<DocumentView> unsectioned = bySection.getOrDefault(0L, List.of());
		if (!unsectioned.isEmpty()) {
			result.add(new ArchiveSectionView(0, 0, "",
					unsectioned.get(0).uploadedAt().atZone(communities.timeZone(c)).toLocalDate(), null, unsectioned));
		}
		return result;
	}

	/**
	 * A document's content: 404 when it is not this unit's (or the unit not the caller's,
	 * or a form without a file); 403 for an ID copy without PERSONAL_ID_VIEW. Every
	 * download is audited (issue 9 item 14) under the unit's archive
	 * ({@code unit-archive}, the unit's id), so the page of each person tied to the unit
	 * lists it.
	 */
	public DocumentContent download(long unitId, long documentId) {
		scope.require(Permission.PEOPLE_READ);
		UnitView unit = units.get(unitId);
		DocumentView doc = repository.find(unit.communityId(), unit.id(), documentId)
			.orElseThrow(() -> new NotFoundException("unit-document", documentId));
		if (doc.type().personal() && !scope.has(Permission.PERSONAL_ID_VIEW)) {
			throw new AccessDeniedException("document " + documentId + " holds personal data");
		}
		Long fileId = repository.fileId(unit.communityId(), documentId).orElse(null);
		if (fileId == null) {
			throw new NotFoundException("unit-document", documentId);
		}
		FileStorage.StoredFileContent file = storage.load(unit.communityId(), fileId)
			.orElseThrow(() -> new NotFoundException("unit-document", documentId));
		audit.record(unit.communityId(), "unit-archive", unit.id(), "download",
				doc.type() + " #" + documentId + " " + doc.filename() + " (" + unit.label() + ")");
		return new DocumentContent(doc, file.content());
	}

}
