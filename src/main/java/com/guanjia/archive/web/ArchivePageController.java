package com.guanjia.archive.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.guanjia.archive.ArchiveSectionView;
import com.guanjia.archive.DocumentContent;
import com.guanjia.archive.DocumentType;
import com.guanjia.archive.DocumentUpload;
import com.guanjia.archive.UnitDocuments;
import com.guanjia.archive.UnitEntryCommand;
import com.guanjia.archive.UnitEventKind;
import com.guanjia.archive.UnitLog;
import com.guanjia.archive.DocumentView;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.web.Htmx;
import com.guanjia.platform.web.Messages;
import com.guanjia.shared.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The events-log panel of a unit's page (GET /units/{id}/log, loaded by estate/unit.html)
 * with its forms: an entry and a document upload. With htmx a form answers with the
 * refreshed panel (its errors shown in it); without, it redirects to the unit's page.
 */
@Controller
class ArchivePageController {

	private final UnitLog log;

	private final UnitDocuments documents;

	private final EventText text;

	private final Messages messages;

	private final CommunityDirectory communities;

	ArchivePageController(UnitLog log, UnitDocuments documents, EventText text, Messages messages,
			CommunityDirectory communities) {
		this.communities = communities;
		this.log = log;
		this.documents = documents;
		this.text = text;
		this.messages = messages;
	}

	@GetMapping("/units/{id}/log")
	String panel(@PathVariable long id, Model model) {
		return panel(id, model, null, null);
	}

	@PostMapping("/units/{id}/log")
	String addEntry(@PathVariable long id, @RequestParam(required = false) @Nullable UnitEventKind kind,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate occurredOn,
			@RequestParam(required = false) @Nullable String note, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		try {
			log.add(id, new UnitEntryCommand(kind, occurredOn, note));
		}
		catch (ValidationException ex) {
			if (!Htmx.isHtmx(request)) {
				throw ex;
			}
			return panel(id, model, messages.describe(ex.problems()), null);
		}
		return done(id, request, model, redirect, messages.get("archive.entry.saved"));
	}

	@PostMapping("/units/{id}/documents")
	String upload(@PathVariable long id, @RequestParam(required = false) @Nullable DocumentType type,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, HttpServletRequest request,
			Model model, RedirectAttributes redirect) throws IOException {
		try {
			documents.upload(id, new DocumentUpload(type, title, file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getBytes()));
		}
		catch (ValidationException ex) {
			if (!Htmx.isHtmx(request)) {
				throw ex;
			}
			return panel(id, model, null, messages.describe(ex.problems()));
		}
		return done(id, request, model, redirect, messages.get("archive.document.saved"));
	}

	@GetMapping("/units/{id}/documents/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
		return download(documents.download(id, documentId));
	}

	static ResponseEntity<byte[]> download(DocumentContent content) {
		return ArchiveApiController.file(content);
	}

	private String done(long id, HttpServletRequest request, Model model, RedirectAttributes redirect, String message) {
		if (Htmx.isHtmx(request)) {
			model.addAttribute("saved", message);
			return panel(id, model, null, null);
		}
		redirect.addFlashAttribute("flash", message);
		return "redirect:/units/" + id;
	}

	private String panel(long id, Model model, @Nullable String entryError, @Nullable String documentError) {
		model.addAttribute("unitId", id);
		model.addAttribute("events", log.events(id));
		List<ArchiveSectionView> sections = documents.sections(id);
		model.addAttribute("sections", sections);
		// Each document's upload date in its community's zone (issue 10 item 19).
		model.addAttribute("zones",
				communities.timeZones(sections.stream()
					.flatMap(s -> s.documents().stream())
					.map(DocumentView::communityId)
					.distinct()
					.toList()));
		model.addAttribute("text", text);
		model.addAttribute("manualKinds", Arrays.stream(UnitEventKind.values()).filter(UnitEventKind::manual).toList());
		model.addAttribute("documentTypes", DocumentType.values());
		model.addAttribute("entryError", entryError);
		model.addAttribute("documentError", documentError);
		return "archive/unit-log :: panel";
	}

}
