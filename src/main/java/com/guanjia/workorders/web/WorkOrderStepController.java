package com.guanjia.workorders.web;

import java.io.IOException;
import java.time.ZoneId;

import com.guanjia.access.StaffManagement;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.web.Messages;
import com.guanjia.shared.DomainException;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.ValidationException;
import com.guanjia.workorders.ContactChannel;
import com.guanjia.workorders.HoldReason;
import com.guanjia.workorders.MaterialSource;
import com.guanjia.workorders.Severity;
import com.guanjia.workorders.WorkOrderAction;
import com.guanjia.workorders.WorkOrderCatalogue;
import com.guanjia.workorders.WorkOrderCommands;
import com.guanjia.workorders.WorkOrderDetail;
import com.guanjia.workorders.WorkOrderId;
import com.guanjia.workorders.WorkOrderIntake;
import com.guanjia.workorders.WorkOrderQueries;
import com.guanjia.workorders.WorkOrderView;
import com.guanjia.workorders.WorkOrderWorkflow;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An order's page and its steps: the page shows the step forms the order offers the
 * caller ({@link WorkOrderDetail#actions()}, decided by the module, not here), each form
 * posts to its step, and photos and signatures are served from here.
 */
@Controller
class WorkOrderStepController {

	private final WorkOrderWorkflow workflow;

	private final WorkOrderIntake intake;

	private final WorkOrderQueries queries;

	private final WorkOrderCatalogue catalogue;

	private final StaffManagement staff;

	private final CommunityDirectory communities;

	private final Messages messages;

	WorkOrderStepController(WorkOrderWorkflow workflow, WorkOrderIntake intake, WorkOrderQueries queries,
			WorkOrderCatalogue catalogue, StaffManagement staff, CommunityDirectory communities, Messages messages) {
		this.workflow = workflow;
		this.intake = intake;
		this.queries = queries;
		this.catalogue = catalogue;
		this.staff = staff;
		this.communities = communities;
		this.messages = messages;
	}

	@GetMapping("/work-orders/{id}")
	String show(@PathVariable long id, Model model) {
		WorkOrderDetail detail = queries.detail(WorkOrderId.of(id));
		WorkOrderView o = detail.order();
		model.addAttribute("detail", detail);
		model.addAttribute("o", o);
		model.addAttribute("times", new Times(communities.timeZone(o.communityId())));
		model.addAttribute("form", new ActionForm());
		// Staff appear by name, not username (issue 10 item 19).
		java.util.Map<String, String> staffNames = new java.util.HashMap<>();
		staff.recipients(o.communityId(), null, null).forEach(s -> staffNames.put(s.username(), s.displayName()));
		model.addAttribute("staffNames", staffNames);
		if (detail.mayDispatch()) {
			// A complaint may go to any staff member of the department (a butler, R4.3).
			model.addAttribute("technicians",
					staff.staffOf(o.communityId(), o.kind().graded() ? null : Role.TECHNICIAN, null));
			model.addAttribute("departments", staff.departments(o.communityId()));
		}
		model.addAttribute("prices", catalogue.priceList(o.communityId()));
		model.addAttribute("holdReasons", HoldReason.values());
		model.addAttribute("sources", MaterialSource.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("contactChannels", ContactChannel.values());
		return "workorders/detail";
	}

	@PostMapping("/work-orders/{id}/{action}")
	String act(@PathVariable long id, @PathVariable WorkOrderAction action, @ModelAttribute ActionForm f,
			RedirectAttributes redirect) {
		try {
			WorkOrderView o = take(WorkOrderId.of(id), action, f);
			redirect.addFlashAttribute("flash",
					messages.get("workOrder.saved", o.number()) + " — " + messages.get(o.status().messageKey()));
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
			redirect.addFlashAttribute("failedAction", action);
		}
		catch (DomainException ex) {
			if (ex instanceof NotFoundException) {
				throw ex;
			}
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/work-orders/" + id;
	}

	/** The step's form read into its command; the service decides whether it is taken. */
	private WorkOrderView take(WorkOrderId id, WorkOrderAction action, ActionForm f) {
		return switch (action) {
			case DISPATCH -> workflow.dispatch(id,
					new WorkOrderCommands.Dispatch(f.getDepartmentId(), f.getTechnicianId(), f.getReason()));
			case REASSIGN -> workflow.reassign(id,
					new WorkOrderCommands.Dispatch(f.getDepartmentId(), f.getTechnicianId(), f.getReason()));
			case ACKNOWLEDGE -> workflow.acknowledge(id, new WorkOrderCommands.Note(f.getNote()));
			case CONTACT -> workflow.contact(id,
					new WorkOrderCommands.Contact(f.getContactChannel(),
							f.getContactedAt() == null ? null : f.getContactedAt().atZone(zoneOf(id)).toInstant(),
							f.getNote()));
			case ACCEPT -> workflow.accept(id);
			case BOOK -> workflow.book(id, new WorkOrderCommands.Book(
					f.getAppointmentAt() == null ? null : f.getAppointmentAt().atZone(zoneOf(id)).toInstant()));
			case ARRIVE -> workflow.arrive(id);
			case NOBODY_HOME ->
				workflow.nobodyHome(id, new WorkOrderCommands.NobodyHome(f.getWaitedMinutes(), f.getNote()));
			case PROPOSE -> workflow.propose(id, new WorkOrderCommands.Propose(f.getSolution(), f.isConsent()));
			case MATERIAL -> workflow.addMaterial(id, new WorkOrderCommands.Material(f.getName(), f.getQuantity(),
					f.getSource(), f.isInspectedOk(), f.getInspectionNote()));
			case CHARGE ->
				f.getAmount() != null ? workflow.adjust(id, new WorkOrderCommands.Adjust(f.getAmount(), f.getReason()))
						: workflow.addCharge(id, new WorkOrderCommands.Charge(f.getPriceCode(), f.getQuantity()));
			case ANSWER -> workflow.answer(id, new WorkOrderCommands.Note(f.getNote()));
			case COMPLETE -> workflow.complete(id, new WorkOrderCommands.Complete(f.getResult(), f.getValid(), null));
			case SIGN -> workflow.sign(id, new WorkOrderCommands.SignOff(f.getName(), f.getSignature(), f.getCode()));
			case INSPECT -> workflow.inspect(id, new WorkOrderCommands.Inspect(f.isPassed(), f.getNote()));
			case CLOSE -> workflow.close(id, new WorkOrderCommands.Note(f.getNote()));
			case HOLD -> workflow.hold(id, new WorkOrderCommands.Hold(f.getHoldReason(), f.getNote()));
			case RESUME -> workflow.resume(id, new WorkOrderCommands.Note(f.getNote()));
			case CANCEL -> workflow.cancel(id, new WorkOrderCommands.Note(f.getReason()));
			case DECLINE -> workflow.decline(id, new WorkOrderCommands.Note(f.getReason()));
			case REOPEN -> workflow.reopen(id, new WorkOrderCommands.Note(f.getReason()));
			case RECLASSIFY ->
				workflow.reclassify(id, new WorkOrderCommands.Reclassify(f.getSeverity(), f.getReason()));
			// A photo is posted as a file (below); the others are not taken from a form.
			case PHOTO, OPEN, ESCALATE, WARN, AUTO_CLOSE, VISIT, UNREACHED ->
				throw ValidationException.of("action", "validation.invalid");
		};
	}

	private ZoneId zoneOf(WorkOrderId id) {
		return communities.timeZone(queries.get(id).communityId());
	}

	@GetMapping("/work-orders/{id}/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
		var file = queries.file(WorkOrderId.of(id), fileId).orElseThrow(() -> new NotFoundException("file", fileId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.file().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	@PostMapping("/work-orders/{id}/photos")
	String photo(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		try {
			intake.addPhoto(WorkOrderId.of(id),
					file.getOriginalFilename() == null ? "photo" : file.getOriginalFilename(),
					file.getContentType() == null ? "" : file.getContentType(), file.getBytes());
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
		}
		return "redirect:/work-orders/" + id;
	}

}
