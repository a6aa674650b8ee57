package com.guanjia.renovation.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.guanjia.renovation.ApplicantKind;
import com.guanjia.renovation.ApplyRenovation;
import com.guanjia.renovation.DocumentKind;
import com.guanjia.renovation.PaperContent;
import com.guanjia.renovation.PermitRenovation;
import com.guanjia.renovation.RenovationDetails;
import com.guanjia.renovation.RenovationSettings;
import com.guanjia.renovation.RenovationSetup;
import com.guanjia.renovation.RenovationStatus;
import com.guanjia.renovation.RenovationView;
import com.guanjia.renovation.Renovations;
import com.guanjia.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Renovation applications and permits as JSON (R9.1–R9.3). */
@RestController
@Tag(name = "renovations", description = "Renovation applications, papers, workers and permits (二次装修, R9.1–R9.3)")
class RenovationApiController {

	private final Renovations renovations;

	private final RenovationSetup setup;

	RenovationApiController(Renovations renovations, RenovationSetup setup) {
		this.renovations = renovations;
		this.setup = setup;
	}

	record ApplyRequest(@Nullable Long communityId, @Nullable Long unitId, @Nullable ApplicantKind applicantKind,
			@Nullable Long ownerPartyId, @Nullable String applicantPhone, @Nullable String proxyName,
			@Nullable String proxyIdCard, @Nullable String works, @Nullable Boolean structural,
			@Nullable String contractorName, @Nullable String contractorLeader, @Nullable String contractorPhone,
			@Nullable LocalDate plannedStart, @Nullable LocalDate plannedEnd,
			@Nullable List<ApplyRenovation.NewWorker> workers) {

		ApplyRenovation toCommand(@Nullable String key) {
			return new ApplyRenovation(unitId, applicantKind, ownerPartyId, applicantPhone, proxyName, proxyIdCard,
					works, Boolean.TRUE.equals(structural), contractorName, contractorLeader, contractorPhone,
					plannedStart, plannedEnd, workers, key);
		}

	}

	@PostMapping("/api/renovations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Takes an application (R9.1); an Idempotency-Key applies once")
	RenovationDetails apply(@RequestBody ApplyRequest r,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
		return renovations.apply(ValidationException.required("communityId", r.communityId()), r.toCommand(key));
	}

	@GetMapping("/api/renovations")
	@Operation(summary = "A community's renovations, newest first; one state with status")
	List<RenovationView> list(@RequestParam long communityId,
			@RequestParam(required = false) @Nullable RenovationStatus status) {
		return renovations.list(communityId, status);
	}

	@GetMapping("/api/renovations/{id}")
	@Operation(summary = "A renovation with its papers, workers, history and the steps it allows now (actions)")
	RenovationDetails get(@PathVariable long id) {
		return renovations.get(id);
	}

	@GetMapping("/api/units/{unitId}/renovations")
	@Operation(summary = "A unit's renovations, newest first")
	List<RenovationView> ofUnit(@PathVariable long unitId) {
		return renovations.ofUnit(unitId);
	}

	@PostMapping(path = "/api/renovations/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Hands in a paper (UPLOAD): a PDF, JPEG or PNG of at most 10 MB, by its content")
	RenovationDetails upload(@PathVariable long id, @RequestParam(required = false) @Nullable DocumentKind kind,
			@RequestParam(required = false) @Nullable String title,
			@RequestPart(name = "file", required = false) @Nullable MultipartFile file) throws IOException {
		return renovations.upload(id, kind, title, file == null ? null : file.getOriginalFilename(),
				file == null ? null : file.getBytes());
	}

	@PostMapping(path = "/api/renovations/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "A photo of the finished work for the acceptance (PHOTOGRAPH, R9.7): a JPEG or PNG of at "
			+ "most 10 MB")
	RenovationDetails photograph(@PathVariable long id, @RequestParam(required = false) @Nullable String title,
			@RequestPart(name = "file", required = false) @Nullable MultipartFile file) throws IOException {
		return renovations.photograph(id, title, file == null ? null : file.getOriginalFilename(),
				file == null || file.isEmpty() ? null : file.getBytes());
	}

	@GetMapping("/api/renovations/{id}/documents/{documentId}/content")
	@Operation(summary = "A paper's content (a proxy's papers need PERSONAL_ID_VIEW)")
	ResponseEntity<byte[]> paper(@PathVariable long id, @PathVariable long documentId) {
		return file(renovations.paper(id, documentId));
	}

	@PostMapping("/api/renovations/{id}/workers")
	@Operation(summary = "Names a worker of the contractor (ADD_WORKER)")
	RenovationDetails addWorker(@PathVariable long id, @RequestBody ApplyRenovation.NewWorker worker) {
		return renovations.addWorker(id, worker);
	}

	@PostMapping("/api/renovations/{id}/check-approval")
	@Operation(summary = "The housing authority's approval of a structural change was checked (CHECK_APPROVAL, R9.2)")
	RenovationDetails checkApproval(@PathVariable long id) {
		return renovations.checkApproval(id);
	}

	@PostMapping("/api/renovations/{id}/permit")
	@Operation(summary = "Issues the permit (PERMIT, R9.3); 422 while a structural change lacks its checked approval")
	RenovationDetails permit(@PathVariable long id, @RequestBody PermitRenovation request) {
		return renovations.permit(id, request);
	}

	@Schema(name = "RenovationReasonRequest")
	record ReasonRequest(@Nullable String reason) {
	}

	@PostMapping("/api/renovations/{id}/withdraw")
	@Operation(summary = "The applicant gave up before a permit (WITHDRAW)")
	RenovationDetails withdraw(@PathVariable long id, @RequestBody ReasonRequest request) {
		return renovations.withdraw(id, request.reason());
	}

	@GetMapping("/api/renovation-settings")
	@Operation(summary = "A community's working hours, fees and longest permit (R9.3, R9.4)")
	RenovationSettings settings(@RequestParam long communityId) {
		return setup.settings(communityId);
	}

	@PutMapping("/api/renovation-settings")
	@Operation(summary = "Changes the settings; version is the one read (0 for the defaults)")
	RenovationSettings changeSettings(@RequestParam long communityId, @RequestBody RenovationSettings settings) {
		return setup.change(communityId, settings);
	}

	static ResponseEntity<byte[]> file(PaperContent content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.document().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(content.document().filename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content.content());
	}

}
