package com.guanjia.movein.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.guanjia.archive.DocumentType;
import com.guanjia.movein.Agreement;
import com.guanjia.movein.ApplicantKind;
import com.guanjia.movein.MoveInCommands.Car;
import com.guanjia.movein.MoveInCommands.Complete;
import com.guanjia.movein.MoveInCommands.HandOutItems;
import com.guanjia.movein.MoveInCommands.Member;
import com.guanjia.movein.MoveInCommands.OpenMoveIn;
import com.guanjia.movein.MoveInCommands.Register;
import com.guanjia.movein.MoveInHistoryLine;
import com.guanjia.movein.MoveInStatus;
import com.guanjia.movein.MoveInView;
import com.guanjia.movein.MoveIns;
import com.guanjia.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Move-in cases as JSON (R8.1–R8.3): open, hand in papers, then each step;
 * {@code missing} says what is still to do, {@code actions} what may be done now.
 */
@RestController
@Tag(name = "move-ins", description = "Move-in cases: papers by applicant kind, registration form, agreements, "
		+ "keys and handbooks, fees, requests; the unit is handed over when the case completes (R8)")
class MoveInApiController {

	private final MoveIns moveIns;

	MoveInApiController(MoveIns moveIns) {
		this.moveIns = moveIns;
	}

	@GetMapping("/api/move-ins")
	@Operation(summary = "The community's move-in cases, the open ones first")
	List<MoveInView> list(@RequestParam long communityId,
			@RequestParam(required = false) @Nullable MoveInStatus status) {
		return moveIns.list(communityId, status);
	}

	@Schema(name = "MoveInOpenRequest") // another class is named OpenRequest
	record OpenRequest(@Nullable Long communityId, @Nullable Long unitId, @Nullable ApplicantKind kind,
			@Nullable Long ownerPartyId, @Nullable String proxyName) {
	}

	@PostMapping("/api/move-ins")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Opens a unit's move-in case for a current owner of the unit; a proxy is named "
			+ "(one open case per unit, 409 for a second)")
	MoveInView open(@RequestBody OpenRequest r) {
		return moveIns.open(ValidationException.required("communityId", r.communityId()),
				new OpenMoveIn(r.unitId(), r.kind(), r.ownerPartyId(), r.proxyName()));
	}

	@GetMapping("/api/move-ins/{id}")
	@Operation(summary = "A case with the papers required and handed in, each step, what is missing and the "
			+ "steps allowed now")
	MoveInView get(@PathVariable long id) {
		return moveIns.get(id);
	}

	@GetMapping("/api/move-ins/{id}/history")
	List<MoveInHistoryLine> history(@PathVariable long id) {
		return moveIns.history(id);
	}

	@PostMapping(path = "/api/move-ins/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Hands in a paper (PDF, JPEG or PNG, at most 10 MB), filed in the unit's archive")
	MoveInView attach(@PathVariable long id, @RequestParam(required = false) @Nullable DocumentType type,
			@RequestPart(name = "file", required = false) @Nullable MultipartFile file) throws IOException {
		return moveIns.attach(id, type, file == null ? null : file.getOriginalFilename(),
				file == null ? null : file.getBytes());
	}

	@PostMapping("/api/move-ins/{id}/check-documents")
	@Operation(summary = "①: every paper of the applicant kind is there; refused (422) naming what is missing")
	MoveInView checkDocuments(@PathVariable long id) {
		return moveIns.checkDocuments(id);
	}

	@Schema(name = "MoveInRegisterRequest") // another class is named RegisterRequest
	record RegisterRequest(@Nullable String emergencyName, @Nullable String emergencyPhone,
			@Nullable String emergencyRelation, @Nullable String note, @Nullable List<Member> members,
			@Nullable List<Car> cars) {
	}

	@PostMapping("/api/move-ins/{id}/register")
	@Operation(summary = "②: the resident registration form; household members and cars go to the registry")
	MoveInView register(@PathVariable long id, @RequestBody RegisterRequest r) {
		return moveIns.register(id, new Register(r.emergencyName(), r.emergencyPhone(), r.emergencyRelation(), r.note(),
				r.members(), r.cars()));
	}

	record AgreementsRequest(@Nullable Set<Agreement> agreements) {
	}

	@PostMapping("/api/move-ins/{id}/sign-agreements")
	@Operation(summary = "②: the property-service agreement, house rules and fire-safety pledge signed (all three)")
	MoveInView signAgreements(@PathVariable long id, @RequestBody AgreementsRequest r) {
		return moveIns.signAgreements(id, r.agreements());
	}

	record HandOutRequest(@Nullable List<Long> itemIds, @Nullable Boolean residentHandbook,
			@Nullable Boolean renovationHandbook) {
	}

	@PostMapping("/api/move-ins/{id}/hand-out")
	@Operation(summary = "③: the unit's keys and cards issued from the key register, and both handbooks")
	MoveInView handOut(@PathVariable long id, @RequestBody HandOutRequest r) {
		return moveIns.handOut(id, new HandOutItems(r.itemIds(), Boolean.TRUE.equals(r.residentHandbook()),
				Boolean.TRUE.equals(r.renovationHandbook())));
	}

	@PostMapping("/api/move-ins/{id}/settle-fees")
	@Operation(summary = "④: nothing is open on the unit's bills; refused (422) naming what it owes")
	MoveInView settleFees(@PathVariable long id) {
		return moveIns.settleFees(id);
	}

	@Schema(name = "MoveInReasonRequest") // another class is named ReasonRequest
	record ReasonRequest(@Nullable String reason) {
	}

	@PostMapping("/api/move-ins/{id}/defer-fees")
	@Operation(summary = "④: the open bills consciously deferred, with the reason")
	MoveInView deferFees(@PathVariable long id, @RequestBody ReasonRequest r) {
		return moveIns.deferFees(id, r.reason());
	}

	record RequestsRequest(@Nullable String requests) {
	}

	@PostMapping("/api/move-ins/{id}/note-requests")
	@Operation(summary = "Utilities activation, renovation application, parking-space rental requests noted")
	MoveInView noteRequests(@PathVariable long id, @RequestBody RequestsRequest r) {
		return moveIns.noteRequests(id, r.requests());
	}

	@Schema(name = "MoveInCompleteRequest") // another class is named CompleteRequest
	record CompleteRequest(@Nullable LocalDate handoverDate, @Nullable Boolean movingIn) {
	}

	@PostMapping("/api/move-ins/{id}/complete")
	@Operation(summary = "Hands the unit over on the date given (its state and handover date change now); "
			+ "refused (422) naming everything still missing")
	MoveInView complete(@PathVariable long id, @RequestBody CompleteRequest r) {
		return moveIns.complete(id, new Complete(r.handoverDate(), Boolean.TRUE.equals(r.movingIn())));
	}

	@PostMapping("/api/move-ins/{id}/cancel")
	MoveInView cancel(@PathVariable long id, @RequestBody ReasonRequest r) {
		return moveIns.cancel(id, r.reason());
	}

}
