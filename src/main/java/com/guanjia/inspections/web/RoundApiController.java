package com.guanjia.inspections.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.inspections.FindingActions;
import com.guanjia.inspections.FindingView;
import com.guanjia.inspections.ItemAnswer;
import com.guanjia.inspections.PhotoUpload;
import com.guanjia.inspections.RecordVisit;
import com.guanjia.inspections.RectificationView;
import com.guanjia.inspections.Rectifications;
import com.guanjia.inspections.RoundKind;
import com.guanjia.inspections.RoundQueries;
import com.guanjia.inspections.RoundView;
import com.guanjia.inspections.RoundWork;
import com.guanjia.inspections.ScanResult;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Rounds, findings and rectifications as JSON (R11.1–R11.3), over the same services as
 * the pages.
 */
@RestController
@RequestMapping("/api/inspections")
@Tag(name = "inspections", description = "Patrol rounds on a phone, findings, contractor rectifications (R11)")
class RoundApiController {

	private final RoundQueries queries;

	private final RoundWork work;

	private final FindingActions findings;

	private final Rectifications rectifications;

	RoundApiController(RoundQueries queries, RoundWork work, FindingActions findings, Rectifications rectifications) {
		this.queries = queries;
		this.work = work;
		this.findings = findings;
		this.rectifications = rectifications;
	}

	record VisitRequest(@Nullable List<ItemAnswer> answers, @Nullable String note, @Nullable Boolean scanned) {

		RecordVisit toCommand(List<PhotoUpload> photos) {
			return new RecordVisit(answers == null ? List.of() : answers, note, Boolean.TRUE.equals(scanned), photos);
		}

	}

	/** The schema name in the OpenAPI document (another class is named ReasonRequest). */
	@Schema(name = "RoundReasonRequest")
	record ReasonRequest(@Nullable String reason) {
	}

	record ContractorRequest(@Nullable Long contractorId, @Nullable Instant deadline) {
	}

	record ReferRequest(@Nullable Long departmentId, @Nullable String note) {
	}

	record ResolveRequest(@Nullable String resolution) {
	}

	/** The schema name in the OpenAPI document (another class is named NoteRequest). */
	@Schema(name = "RecheckNoteRequest")
	record NoteRequest(@Nullable String note) {
	}

	/**
	 * The rounds of a day (today by default); only the caller's and the pool's with
	 * {@code mine}.
	 */
	@GetMapping("/rounds")
	List<RoundView> rounds(@RequestParam long communityId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(defaultValue = "false") boolean mine) {
		return queries.day(communityId, date, mine);
	}

	@GetMapping("/rounds/late")
	List<RoundView> late(@RequestParam long communityId, @RequestParam(defaultValue = "7") int days) {
		return queries.lateOrMissed(communityId, Math.max(1, Math.min(days, 92)));
	}

	@GetMapping("/rounds/{id}")
	RoundView round(@PathVariable long id) {
		return queries.get(id);
	}

	/** Records a checkpoint's checklist (JSON, no photos). */
	@PostMapping(path = "/rounds/{id}/checkpoints/{position}", consumes = MediaType.APPLICATION_JSON_VALUE)
	RoundView visit(@PathVariable long id, @PathVariable int position, @RequestBody VisitRequest request) {
		return work.visit(id, position, request.toCommand(List.of()));
	}

	/**
	 * Records a checkpoint's checklist with photos: the part {@code visit} holds the
	 * JSON, each file part {@code photo.<item position>} a photo of that item.
	 */
	@PostMapping(path = "/rounds/{id}/checkpoints/{position}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	RoundView visitWithPhotos(@PathVariable long id, @PathVariable int position,
			@RequestPart("visit") VisitRequest request,
			org.springframework.web.multipart.MultipartHttpServletRequest multipart) throws IOException {
		List<PhotoUpload> photos = new ArrayList<>();
		for (var entry : multipart.getMultiFileMap().entrySet()) {
			if (!entry.getKey().startsWith("photo.")) {
				continue;
			}
			int item;
			try {
				item = Integer.parseInt(entry.getKey().substring("photo.".length()));
			}
			catch (NumberFormatException ex) {
				throw com.guanjia.shared.ValidationException.of(entry.getKey(), "validation.format");
			}
			for (MultipartFile file : entry.getValue()) {
				photos.add(
						new PhotoUpload(item, file.getOriginalFilename() == null ? "photo" : file.getOriginalFilename(),
								String.valueOf(file.getContentType()), file.getBytes()));
			}
		}
		return work.visit(id, position, request.toCommand(photos));
	}

	@PostMapping("/rounds/{id}/checkpoints/{position}/skip")
	RoundView skip(@PathVariable long id, @PathVariable int position, @RequestBody ReasonRequest request) {
		return work.skip(id, position, request.reason());
	}

	@PostMapping("/rounds/{id}/finish")
	RoundView finish(@PathVariable long id) {
		return work.finish(id);
	}

	@PostMapping("/rounds/{id}/cancel")
	RoundView cancel(@PathVariable long id, @RequestBody ReasonRequest request) {
		return work.cancel(id, request.reason());
	}

	/** What a scanned QR label opens. */
	@GetMapping("/scan/{token}")
	ScanResult scan(@PathVariable String token) {
		return work.scan(token);
	}

	@GetMapping("/findings")
	List<FindingView> findings(@RequestParam long communityId, @RequestParam(defaultValue = "true") boolean openOnly,
			@RequestParam(required = false) Long roundId, @RequestParam(required = false) RoundKind kind) {
		return findings.list(communityId, openOnly, roundId, kind);
	}

	@GetMapping("/findings/{id}")
	FindingView finding(@PathVariable long id) {
		return findings.get(id);
	}

	/** A public-facility work order for the finding, in one call. */
	@PostMapping("/findings/{id}/order")
	FindingView order(@PathVariable long id) {
		return findings.order(id);
	}

	@PostMapping("/findings/{id}/contractor")
	FindingView contractor(@PathVariable long id, @RequestBody ContractorRequest request) {
		return findings.sendToContractor(id, request.contractorId(), request.deadline());
	}

	@PostMapping("/findings/{id}/refer")
	FindingView refer(@PathVariable long id, @RequestBody ReferRequest request) {
		return findings.refer(id, request.departmentId(), request.note());
	}

	@PostMapping("/findings/{id}/resolve")
	FindingView resolve(@PathVariable long id, @RequestBody ResolveRequest request) {
		return findings.resolve(id, request.resolution());
	}

	@GetMapping("/rectifications")
	List<RectificationView> rectifications(@RequestParam long communityId,
			@RequestParam(defaultValue = "true") boolean openOnly) {
		return rectifications.list(communityId, openOnly);
	}

	@GetMapping("/rectifications/{id}")
	RectificationView rectification(@PathVariable long id) {
		return rectifications.get(id);
	}

	@PostMapping("/rectifications/{id}/confirm")
	RectificationView confirm(@PathVariable long id) {
		return rectifications.confirm(id);
	}

	@PostMapping("/rectifications/{id}/recheck-failed")
	RectificationView recheckFailed(@PathVariable long id, @RequestBody NoteRequest request) {
		return rectifications.recheckFailed(id, request.note());
	}

}
