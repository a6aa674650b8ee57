package com.guanjia.workorders.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.access.StaffManagement;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.FormErrors;
import com.guanjia.platform.web.Htmx;
import com.guanjia.platform.web.Messages;
import com.guanjia.shared.DomainException;
import com.guanjia.shared.ResultPage;
import com.guanjia.shared.ValidationException;
import com.guanjia.workorders.HoldReason;
import com.guanjia.workorders.IntakeWithPhotos;
import com.guanjia.workorders.MaterialSource;
import com.guanjia.workorders.Severity;
import com.guanjia.workorders.WorkOrderAction;
import com.guanjia.workorders.WorkOrderCatalogue;
import com.guanjia.workorders.WorkOrderCommands;
import com.guanjia.workorders.WorkOrderDetail;
import com.guanjia.workorders.WorkOrderFilter;
import com.guanjia.workorders.WorkOrderIntake;
import com.guanjia.workorders.WorkOrderKind;
import com.guanjia.workorders.WorkOrderQueries;
import com.guanjia.workorders.WorkOrderStatus;
import com.guanjia.workorders.WorkOrderView;
import com.guanjia.workorders.WorkOrderWorkflow;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's work-order pages: the list, intake, an order's page with its step forms,
 * the technician's list.
 */
@Controller
class WorkOrderPageController {

	private final WorkOrderIntake intake;

	private final IntakeWithPhotos withPhotos;

	private final WorkOrderWorkflow workflow;

	private final WorkOrderQueries queries;

	private final WorkOrderCatalogue catalogue;

	private final UnitManagement units;

	private final StaffManagement staff;

	private final CommunityDirectory communities;

	private final CurrentCommunity current;

	private final CommunityScope scope;

	private final Messages messages;

	WorkOrderPageController(WorkOrderIntake intake, IntakeWithPhotos withPhotos, WorkOrderWorkflow workflow,
			WorkOrderQueries queries, WorkOrderCatalogue catalogue, UnitManagement units, StaffManagement staff,
			CommunityDirectory communities, CurrentCommunity current, CommunityScope scope, Messages messages) {
		this.intake = intake;
		this.withPhotos = withPhotos;
		this.workflow = workflow;
		this.queries = queries;
		this.catalogue = catalogue;
		this.units = units;
		this.staff = staff;
		this.communities = communities;
		this.current = current;
		this.scope = scope;
		this.messages = messages;
	}

	@GetMapping("/work-orders")
	String list(@RequestParam(required = false) WorkOrderStatus status,
			@RequestParam(required = false) WorkOrderKind kind, @RequestParam(defaultValue = "true") boolean openOnly,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, HttpSession session,
			HttpServletRequest request, Model model) {
		long communityId = current.id(session);
		WorkOrderFilter filter = new WorkOrderFilter(status, kind, openOnly, null, null, q);
		model.addAttribute("filter", filter);
		model.addAttribute("result", queries.list(communityId, filter, ResultPage.Request.of(page, 50)));
		model.addAttribute("statuses", WorkOrderStatus.values());
		model.addAttribute("kinds", WorkOrderKind.values());
		model.addAttribute("times", new Times(communities.timeZone(communityId)));
		return Htmx.view(request, "workorders/list", "results");
	}

	@GetMapping("/work-orders/new")
	String newOrder(@RequestParam(required = false) Long unitId, @RequestParam(required = false) WorkOrderKind kind,
			HttpSession session, Model model) {
		IntakeForm form = new IntakeForm();
		if (unitId != null) {
			UnitView unit = units.get(unitId);
			form.setUnitLabel(unit.label());
		}
		if (kind != null) {
			form.setKind(kind);
		}
		return intakeForm(model, session, form);
	}

	@PostMapping("/work-orders/new")
	String open(@ModelAttribute("form") IntakeForm form, BindingResult binding, HttpSession session, Model model,
			RedirectAttributes redirect) {
		long communityId = current.id(session);
		if (binding.hasErrors()) {
			askPhotosAgain(form, binding);
			return intakeForm(model, session, form);
		}
		try {
			form.setUnitId(resolveUnit(communityId, form.getUnitLabel()));
			List<IntakeWithPhotos.Photo> photos = form.photos();
			if (form.getUnitLabel() != null && !form.getUnitLabel().isBlank() && form.getUnitId() == null) {
				List<com.guanjia.shared.FieldProblem> problems = new ArrayList<>();
				problems.add(new com.guanjia.shared.FieldProblem("unitLabel", "validation.unit.unknown"));
				form.toCommand().problems().stream().filter(p -> !p.field().equals("unitId")).forEach(problems::add);
				problems.addAll(withPhotos.photoProblems(photos));
				throw new ValidationException(problems);
			}
			WorkOrderView order = withPhotos.open(communityId, form.toCommand(), photos);
			redirect.addFlashAttribute("flash", messages.get("workOrder.opened", order.number()));
			return "redirect:/work-orders/" + order.id();
		}
		catch (ValidationException ex) {
			FormErrors.reject(binding, ex);
			askPhotosAgain(form, binding);
			return intakeForm(model, session, form);
		}
	}

	/**
	 * A browser cannot refill a file field: the agent is asked to choose the photos
	 * again.
	 */
	private static void askPhotosAgain(IntakeForm form, BindingResult binding) {
		if (!form.photos().isEmpty() && !binding.hasFieldErrors("photos")) {
			binding.rejectValue("photos", "validation.photos.again");
		}
	}

	private Long resolveUnit(long communityId, String label) {
		if (label == null || label.isBlank()) {
			return null;
		}
		return units.search(List.of(communityId), label.strip(), 5)
			.stream()
			.filter(u -> u.label().equalsIgnoreCase(label.strip()))
			.map(UnitView::id)
			.findFirst()
			.orElse(null);
	}

	private String intakeForm(Model model, HttpSession session, IntakeForm form) {
		long communityId = current.id(session);
		model.addAttribute("form", form);
		model.addAttribute("kinds", WorkOrderKind.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("categories", catalogue.warrantyCategories(communityId));
		return "workorders/new";
	}

	@GetMapping("/work-orders/{id}")
	String show(@PathVariable long id, Model model) {
		WorkOrderDetail detail = queries.detail(id);
		WorkOrderView o = detail.order();
		model.addAttribute("detail", detail);
		model.addAttribute("o", o);
		model.addAttribute("times", new Times(communities.timeZone(o.communityId())));
		model.addAttribute("form", new ActionForm());
		if (detail.mayDispatch()) {
			model.addAttribute("technicians", staff.staffOf(o.communityId(), Role.TECHNICIAN, null));
			model.addAttribute("departments", staff.departments(o.communityId()));
		}
		model.addAttribute("prices", catalogue.priceList(o.communityId()));
		model.addAttribute("holdReasons", HoldReason.values());
		model.addAttribute("sources", MaterialSource.values());
		model.addAttribute("severities", Severity.values());
		return "workorders/detail";
	}

	@PostMapping("/work-orders/{id}/{action}")
	String act(@PathVariable long id, @PathVariable WorkOrderAction action, @ModelAttribute ActionForm f,
			RedirectAttributes redirect) {
		try {
			WorkOrderView o = switch (action) {
				case DISPATCH -> workflow.dispatch(id,
						new WorkOrderCommands.Dispatch(f.getDepartmentId(), f.getTechnicianId(), f.getReason()));
				case REASSIGN -> workflow.reassign(id,
						new WorkOrderCommands.Dispatch(f.getDepartmentId(), f.getTechnicianId(), f.getReason()));
				case ACKNOWLEDGE -> workflow.acknowledge(id, new WorkOrderCommands.Note(f.getNote()));
				case ACCEPT -> workflow.accept(id);
				case BOOK -> workflow.book(id, new WorkOrderCommands.Book(
						f.getAppointmentAt() == null ? null : f.getAppointmentAt().atZone(zoneOf(id)).toInstant()));
				case ARRIVE -> workflow.arrive(id);
				case PROPOSE -> workflow.propose(id, new WorkOrderCommands.Propose(f.getSolution(), f.isConsent()));
				case MATERIAL -> workflow.addMaterial(id, new WorkOrderCommands.Material(f.getName(), f.getQuantity(),
						f.getSource(), f.isInspectedOk(), f.getInspectionNote()));
				case CHARGE -> f.getAmount() != null
						? workflow.adjust(id, new WorkOrderCommands.Adjust(f.getAmount(), f.getReason()))
						: workflow.addCharge(id, new WorkOrderCommands.Charge(f.getPriceCode(), f.getQuantity()));
				case ANSWER -> workflow.answer(id, new WorkOrderCommands.Note(f.getNote()));
				case COMPLETE ->
					workflow.complete(id, new WorkOrderCommands.Complete(f.getResult(), f.getValid(), null));
				case SIGN ->
					workflow.sign(id, new WorkOrderCommands.SignOff(f.getName(), f.getSignature(), f.getCode()));
				case INSPECT -> workflow.inspect(id, new WorkOrderCommands.Inspect(f.isPassed(), f.getNote()));
				case CLOSE -> workflow.close(id, new WorkOrderCommands.Note(f.getNote()));
				case HOLD -> workflow.hold(id, new WorkOrderCommands.Hold(f.getHoldReason(), f.getNote()));
				case RESUME -> workflow.resume(id, new WorkOrderCommands.Note(f.getNote()));
				case CANCEL -> workflow.cancel(id, new WorkOrderCommands.Note(f.getReason()));
				case REOPEN -> workflow.reopen(id, new WorkOrderCommands.Note(f.getReason()));
				case RECLASSIFY ->
					workflow.reclassify(id, new WorkOrderCommands.Reclassify(f.getSeverity(), f.getReason()));
				default -> throw ValidationException.of("action", "validation.invalid");
			};
			redirect.addFlashAttribute("flash",
					messages.get("workOrder.saved", o.number()) + " — " + messages.get(o.status().messageKey()));
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
			redirect.addFlashAttribute("failedAction", action);
		}
		catch (DomainException ex) {
			if (ex instanceof com.guanjia.shared.NotFoundException) {
				throw ex;
			}
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/work-orders/" + id;
	}

	private ZoneId zoneOf(long id) {
		return communities.timeZone(queries.get(id).communityId());
	}

	@GetMapping("/work-orders/{id}/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
		var file = queries.file(id, fileId).orElseThrow(() -> new com.guanjia.shared.NotFoundException("file", fileId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.file().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	@PostMapping("/work-orders/{id}/photos")
	String photo(@PathVariable long id, @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
			RedirectAttributes redirect) throws java.io.IOException {
		try {
			intake.addPhoto(id, file.getOriginalFilename() == null ? "photo" : file.getOriginalFilename(),
					file.getContentType() == null ? "" : file.getContentType(), file.getBytes());
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
		}
		return "redirect:/work-orders/" + id;
	}

	/** The technician's phone page: their open orders, most urgent first. */
	@GetMapping("/my/work-orders")
	String mine(HttpSession session, Model model) {
		model.addAttribute("orders", queries.mine());
		model.addAttribute("times", new Times(communities.timeZone(current.id(session))));
		return "workorders/mine";
	}

	/**
	 * The unit page's panel (R16.2): the unit's latest orders and a link to take in a new
	 * one.
	 */
	@GetMapping("/units/{id}/work-orders")
	String unitPanel(@PathVariable long id, Model model) {
		UnitView unit = units.get(id);
		boolean canRead = scope.has(Permission.WORKORDER_READ);
		model.addAttribute("unit", unit);
		model.addAttribute("orders", canRead ? queries.ofUnit(unit.communityId(), unit.id(), 10) : List.of());
		model.addAttribute("canRead", canRead);
		model.addAttribute("times", new Times(communities.timeZone(unit.communityId())));
		return "workorders/unit-panel :: panel";
	}

}
