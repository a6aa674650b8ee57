package com.guanjia.workorders.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.guanjia.shared.ResultPage;
import com.guanjia.shared.ValidationException;
import com.guanjia.workorders.ContactChannel;
import com.guanjia.workorders.HoldReason;
import com.guanjia.workorders.MaterialSource;
import com.guanjia.workorders.OpenWorkOrder;
import com.guanjia.workorders.Severity;
import com.guanjia.workorders.TimelineEntry;
import com.guanjia.workorders.WorkOrderCommands;
import com.guanjia.workorders.WorkOrderDetail;
import com.guanjia.workorders.WorkOrderFilter;
import com.guanjia.workorders.WorkOrderId;
import com.guanjia.workorders.WorkOrderIntake;
import com.guanjia.workorders.WorkOrderKind;
import com.guanjia.workorders.WorkOrderQueries;
import com.guanjia.workorders.WorkOrderStatus;
import com.guanjia.workorders.WorkOrderView;
import com.guanjia.workorders.WorkOrderWorkflow;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Work orders as JSON (R3, R4): intake, lists, detail and every step of the state
 * machine.
 */
@RestController
@RequestMapping("/api/work-orders")
@Tag(name = "work orders", description = "Repairs, complaints, requests; dispatch, handling, sign-off (R3, R4)")
class WorkOrderApiController {

	private final WorkOrderIntake intake;

	private final WorkOrderWorkflow workflow;

	private final WorkOrderQueries queries;

	WorkOrderApiController(WorkOrderIntake intake, WorkOrderWorkflow workflow, WorkOrderQueries queries) {
		this.intake = intake;
		this.workflow = workflow;
		this.queries = queries;
	}

	/**
	 * The intake. {@code reporterStaffId} names a member of staff as reporter (a patrol
	 * finding's reporter is who found it, the caller by default); {@code departmentId} is
	 * the department responsible (R4.3); {@code receivedAt} back-enters an order received
	 * earlier (补录: not in the future, not older than {@code guanjia.back-entry.max-age};
	 * its clocks and its warranty count from then, and the audit log says it was
	 * back-entered).
	 */
	record OpenRequest(@Nullable Long communityId, @Nullable WorkOrderKind kind, @Nullable Long unitId,
			@Nullable String location, @Nullable Long reporterPartyId, @Nullable String reporterName,
			@Nullable String reporterPhone, @Nullable Long reporterStaffId, @Nullable String description,
			@Nullable String convenientTime, @Nullable Boolean immediate, @Nullable String category,
			@Nullable Severity severity, @Nullable String complainedParty, @Nullable String residentWants,
			@Nullable LocalDate residentDeadline, @Nullable Long departmentId, @Nullable Instant receivedAt,
			@Nullable String requestKey) {

		OpenWorkOrder toCommand(@Nullable String idempotencyKey) {
			return OpenWorkOrder.of(kind)
				.unit(unitId)
				.location(location)
				.reporter(reporterPartyId, reporterName, reporterPhone)
				.reportedByStaff(reporterStaffId)
				.department(departmentId)
				.receivedAt(receivedAt)
				.description(description)
				.convenientTime(convenientTime)
				.immediate(Boolean.TRUE.equals(immediate))
				.category(category)
				.complaint(severity, complainedParty, residentWants, residentDeadline)
				.requestKey(idempotencyKey != null ? idempotencyKey : requestKey)
				.build();
		}

	}

	/**
	 * Takes in an order; an {@code Idempotency-Key} header (or {@code requestKey}) makes
	 * a retry return the same order.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	WorkOrderView open(@RequestBody OpenRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
		if (request.communityId() == null) {
			throw ValidationException.of("communityId", "validation.required");
		}
		return intake.open(request.communityId(), request.toCommand(idempotencyKey));
	}

	@GetMapping
	ResultPage<WorkOrderView> list(@RequestParam long communityId,
			@RequestParam(required = false) WorkOrderStatus status, @RequestParam(required = false) WorkOrderKind kind,
			@RequestParam(defaultValue = "false") boolean openOnly, @RequestParam(required = false) Long technicianId,
			@RequestParam(required = false) Long unitId, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return queries.list(communityId, new WorkOrderFilter(status, kind, openOnly, technicianId, unitId, q),
				ResultPage.Request.of(page, size));
	}

	/** The signed-in technician's open orders. */
	@GetMapping("/mine")
	List<WorkOrderView> mine() {
		return queries.mine();
	}

	@GetMapping("/{id}")
	WorkOrderDetail get(@PathVariable long id) {
		return queries.detail(WorkOrderId.of(id));
	}

	@GetMapping("/{id}/timeline")
	List<TimelineEntry> timeline(@PathVariable long id) {
		return queries.timeline(WorkOrderId.of(id));
	}

	@PostMapping(path = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	PhotoResponse photo(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
		String type = file.getContentType() == null ? "" : file.getContentType();
		String name = file.getOriginalFilename() == null ? "photo" : file.getOriginalFilename();
		return new PhotoResponse(intake.addPhoto(WorkOrderId.of(id), name, type, file.getBytes()));
	}

	record PhotoResponse(long fileId) {
	}

	record DispatchRequest(@Nullable Long departmentId, @Nullable Long technicianId, @Nullable String reason) {

		WorkOrderCommands.Dispatch toCommand() {
			return new WorkOrderCommands.Dispatch(departmentId, technicianId, reason);
		}

	}

	@PostMapping("/{id}/dispatch")
	WorkOrderView dispatch(@PathVariable long id, @RequestBody DispatchRequest request) {
		return workflow.dispatch(WorkOrderId.of(id), request.toCommand());
	}

	@PostMapping("/{id}/reassignment")
	WorkOrderView reassign(@PathVariable long id, @RequestBody DispatchRequest request) {
		return workflow.reassign(WorkOrderId.of(id), request.toCommand());
	}

	record NoteRequest(@Nullable String text) {

		WorkOrderCommands.Note toCommand() {
			return new WorkOrderCommands.Note(text);
		}

	}

	@PostMapping("/{id}/acknowledgement")
	WorkOrderView acknowledge(@PathVariable long id, @RequestBody(required = false) @Nullable NoteRequest request) {
		return workflow.acknowledge(WorkOrderId.of(id), note(request));
	}

	/**
	 * How and when the resident was reached about a complaint; {@code contactedAt} is now
	 * when left out (R4.3).
	 */
	record ContactRequest(@Nullable ContactChannel channel, @Nullable Instant contactedAt, @Nullable String note) {
	}

	@PostMapping("/{id}/contact")
	WorkOrderView contact(@PathVariable long id, @RequestBody ContactRequest r) {
		return workflow.contact(WorkOrderId.of(id),
				new WorkOrderCommands.Contact(r.channel(), r.contactedAt(), r.note()));
	}

	record NobodyHomeRequest(@Nullable Integer waitedMinutes, @Nullable String notice) {
	}

	/** Nobody home at the appointment: waited, left a notice (R3.2). */
	@PostMapping("/{id}/nobody-home")
	WorkOrderView nobodyHome(@PathVariable long id, @RequestBody NobodyHomeRequest r) {
		return workflow.nobodyHome(WorkOrderId.of(id), new WorkOrderCommands.NobodyHome(r.waitedMinutes(), r.notice()));
	}

	/**
	 * Declined in a special case, with the explanation given to the resident (R3.3); a
	 * withdrawal by the resident is {@code /cancellation}.
	 */
	@PostMapping("/{id}/declining")
	WorkOrderView decline(@PathVariable long id, @RequestBody NoteRequest r) {
		return workflow.decline(WorkOrderId.of(id), r.toCommand());
	}

	@PostMapping("/{id}/acceptance")
	WorkOrderView accept(@PathVariable long id) {
		return workflow.accept(WorkOrderId.of(id));
	}

	record AppointmentRequest(@Nullable Instant appointmentAt) {
	}

	@PostMapping("/{id}/appointment")
	WorkOrderView book(@PathVariable long id, @RequestBody AppointmentRequest request) {
		return workflow.book(WorkOrderId.of(id), new WorkOrderCommands.Book(request.appointmentAt()));
	}

	@PostMapping("/{id}/arrival")
	WorkOrderView arrive(@PathVariable long id) {
		return workflow.arrive(WorkOrderId.of(id));
	}

	record ProposalRequest(@Nullable String solution, @Nullable Boolean residentConsents) {
	}

	@PostMapping("/{id}/proposal")
	WorkOrderView propose(@PathVariable long id, @RequestBody ProposalRequest request) {
		return workflow.propose(WorkOrderId.of(id),
				new WorkOrderCommands.Propose(request.solution(), Boolean.TRUE.equals(request.residentConsents())));
	}

	record MaterialRequest(@Nullable String name, @Nullable BigDecimal quantity, @Nullable MaterialSource source,
			@Nullable Boolean inspectedOk, @Nullable String inspectionNote) {
	}

	@PostMapping("/{id}/materials")
	WorkOrderView material(@PathVariable long id, @RequestBody MaterialRequest r) {
		return workflow.addMaterial(WorkOrderId.of(id), new WorkOrderCommands.Material(r.name(), r.quantity(),
				r.source(), Boolean.TRUE.equals(r.inspectedOk()), r.inspectionNote()));
	}

	record ChargeRequest(@Nullable String priceCode, @Nullable BigDecimal quantity) {
	}

	@PostMapping("/{id}/charges")
	WorkOrderView charge(@PathVariable long id, @RequestBody ChargeRequest r) {
		return workflow.addCharge(WorkOrderId.of(id), new WorkOrderCommands.Charge(r.priceCode(), r.quantity()));
	}

	record AdjustRequest(@Nullable BigDecimal amount, @Nullable String reason) {
	}

	@PostMapping("/{id}/adjustment")
	WorkOrderView adjust(@PathVariable long id, @RequestBody AdjustRequest r) {
		return workflow.adjust(WorkOrderId.of(id), new WorkOrderCommands.Adjust(r.amount(), r.reason()));
	}

	@PostMapping("/{id}/answer")
	WorkOrderView answer(@PathVariable long id, @RequestBody NoteRequest r) {
		return workflow.answer(WorkOrderId.of(id), r.toCommand());
	}

	record CompleteRequest(@Nullable String result, @Nullable Boolean valid, @Nullable Instant leakTestAt) {
	}

	@PostMapping("/{id}/completion")
	WorkOrderView complete(@PathVariable long id, @RequestBody CompleteRequest r) {
		return workflow.complete(WorkOrderId.of(id),
				new WorkOrderCommands.Complete(r.result(), r.valid(), r.leakTestAt()));
	}

	record SignRequest(@Nullable String name, @Nullable String signature, @Nullable String code) {
	}

	@PostMapping("/{id}/sign-off")
	WorkOrderView sign(@PathVariable long id, @RequestBody SignRequest r) {
		return workflow.sign(WorkOrderId.of(id), new WorkOrderCommands.SignOff(r.name(), r.signature(), r.code()));
	}

	record InspectRequest(@Nullable Boolean passed, @Nullable String note) {
	}

	@PostMapping("/{id}/inspection")
	WorkOrderView inspect(@PathVariable long id, @RequestBody InspectRequest r) {
		return workflow.inspect(WorkOrderId.of(id),
				new WorkOrderCommands.Inspect(Boolean.TRUE.equals(r.passed()), r.note()));
	}

	@PostMapping("/{id}/closing")
	WorkOrderView close(@PathVariable long id, @RequestBody(required = false) @Nullable NoteRequest r) {
		return workflow.close(WorkOrderId.of(id), note(r));
	}

	record HoldRequest(@Nullable HoldReason reason, @Nullable String note) {
	}

	@PostMapping("/{id}/hold")
	WorkOrderView hold(@PathVariable long id, @RequestBody HoldRequest r) {
		return workflow.hold(WorkOrderId.of(id), new WorkOrderCommands.Hold(r.reason(), r.note()));
	}

	@PostMapping("/{id}/resumption")
	WorkOrderView resume(@PathVariable long id, @RequestBody(required = false) @Nullable NoteRequest r) {
		return workflow.resume(WorkOrderId.of(id), note(r));
	}

	@PostMapping("/{id}/cancellation")
	WorkOrderView cancel(@PathVariable long id, @RequestBody NoteRequest r) {
		return workflow.cancel(WorkOrderId.of(id), r.toCommand());
	}

	@PostMapping("/{id}/reopening")
	WorkOrderView reopen(@PathVariable long id, @RequestBody NoteRequest r) {
		return workflow.reopen(WorkOrderId.of(id), r.toCommand());
	}

	record ReclassifyRequest(@Nullable Severity severity, @Nullable String reason) {
	}

	@PostMapping("/{id}/classification")
	WorkOrderView reclassify(@PathVariable long id, @RequestBody ReclassifyRequest r) {
		return workflow.reclassify(WorkOrderId.of(id), new WorkOrderCommands.Reclassify(r.severity(), r.reason()));
	}

	private static WorkOrderCommands.Note note(@Nullable NoteRequest r) {
		return r == null ? new WorkOrderCommands.Note(null) : r.toCommand();
	}

}
