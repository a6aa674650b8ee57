package com.guanjia.archive.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.guanjia.archive.ArchiveSectionView;
import com.guanjia.archive.DocumentContent;
import com.guanjia.archive.DocumentType;
import com.guanjia.archive.DocumentUpload;
import com.guanjia.archive.DocumentView;
import com.guanjia.archive.UnitDocuments;
import com.guanjia.archive.UnitEntryCommand;
import com.guanjia.archive.UnitEventKind;
import com.guanjia.archive.UnitEventView;
import com.guanjia.archive.UnitLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A unit's events log (R1.5) and archive documents (R1.4) as JSON. */
@RestController
@RequestMapping("/api/units/{unitId}")
@Tag(name = "archive", description = "Unit events log (单元大事记, R1.5) and archive documents (业户档案, R1.4)")
class ArchiveApiController {

	private final UnitLog log;

	private final UnitDocuments documents;

	private final EventText text;

	ArchiveApiController(UnitLog log, UnitDocuments documents, EventText text) {
		this.log = log;
		this.documents = documents;
		this.text = text;
	}

	/** A log line with its text in the caller's language. */
	record EventResponse(long id, long unitId, LocalDate occurredOn, UnitEventKind kind, String summary,
			@Nullable String note, String actor, Instant recordedAt) {
	}

	record EntryRequest(@Nullable UnitEventKind kind, @Nullable LocalDate occurredOn, @Nullable String note) {
	}

	@GetMapping("/events")
	@Operation(summary = "The unit's events log, oldest first")
	List<EventResponse> events(@PathVariable long unitId) {
		return log.events(unitId).stream().map(this::response).toList();
	}

	@PostMapping("/events")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Adds an entry by hand (leak, renovation, repair, complaint, note)")
	EventResponse addEvent(@PathVariable long unitId, @RequestBody EntryRequest request) {
		return response(log.add(unitId, new UnitEntryCommand(request.kind(), request.occurredOn(), request.note())));
	}

	@GetMapping("/documents")
	List<DocumentView> documents(@PathVariable long unitId) {
		return documents.list(unitId);
	}

	@GetMapping("/archive-sections")
	@Operation(summary = "The unit's archive in owners' sections, the current one first (R1.4)")
	List<ArchiveSectionView> sections(@PathVariable long unitId) {
		return documents.sections(unitId);
	}

	@PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Uploads a PDF, JPEG or PNG (at most 10 MB) to the unit's archive")
	DocumentView upload(@PathVariable long unitId, @RequestParam(required = false) @Nullable DocumentType type,
			@RequestParam(required = false) @Nullable String title,
			@RequestPart(name = "file", required = false) @Nullable MultipartFile file) throws IOException {
		return documents.upload(unitId, new DocumentUpload(type, title,
				file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes()));
	}

	@GetMapping("/documents/{documentId}/content")
	ResponseEntity<byte[]> download(@PathVariable long unitId, @PathVariable long documentId) {
		return ArchivePageController.download(documents.download(unitId, documentId));
	}

	private EventResponse response(UnitEventView e) {
		return new EventResponse(e.id(), e.unitId(), e.occurredOn(), e.kind(), text.summary(e), e.note(), e.actor(),
				e.recordedAt());
	}

	static ResponseEntity<byte[]> file(DocumentContent content) {
		DocumentView d = content.document();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(d.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(d.filename(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content.content());
	}

}
