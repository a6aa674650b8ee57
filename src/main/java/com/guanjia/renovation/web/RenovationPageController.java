package com.guanjia.renovation.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Messages;
import com.guanjia.platform.web.QrImages;
import com.guanjia.platform.web.Steps;
import com.guanjia.renovation.AcceptanceItem;
import com.guanjia.renovation.ApplicantKind;
import com.guanjia.renovation.ApplyRenovation;
import com.guanjia.renovation.DocumentKind;
import com.guanjia.renovation.MaterialAction;
import com.guanjia.renovation.Materials;
import com.guanjia.renovation.PermitRenovation;
import com.guanjia.renovation.RenovationAction;
import com.guanjia.renovation.RenovationDetails;
import com.guanjia.renovation.RenovationStatus;
import com.guanjia.renovation.RenovationSite;
import com.guanjia.renovation.SiteChecks;
import com.guanjia.renovation.ViolationAction;
import com.guanjia.renovation.Renovations;
import com.guanjia.renovation.WaterArea;
import com.guanjia.shared.DomainException;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.ValidationException;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
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
 * The renovation pages (R9): the list by state, the application form, a renovation's page
 * with its papers, workers, permit and the steps it allows; each step's form posts to
 * {@code /renovations/{id}/{action}}.
 */
@Controller
class RenovationPageController {

	private final Renovations renovations;

	private final RenovationSite site;

	private final SiteChecks checks;

	private final Materials materials;

	private final UnitManagement units;

	private final CommunityDirectory communities;

	private final CurrentCommunity current;

	private final Messages messages;

	RenovationPageController(Renovations renovations, RenovationSite site, SiteChecks checks, Materials materials,
			UnitManagement units, CommunityDirectory communities, CurrentCommunity current, Messages messages) {
		this.renovations = renovations;
		this.site = site;
		this.checks = checks;
		this.materials = materials;
		this.units = units;
		this.communities = communities;
		this.current = current;
		this.messages = messages;
	}

	@GetMapping("/renovations")
	String list(@RequestParam(required = false) @Nullable RenovationStatus status, HttpSession session, Model model) {
		long communityId = current.id(session);
		model.addAttribute("status", status);
		model.addAttribute("statuses", RenovationStatus.values());
		model.addAttribute("renovations", renovations.list(communityId, status));
		return "renovation/list";
	}

	/**
	 * The application form; the unit is found by its label first, then its owners
	 * offered.
	 */
	@GetMapping("/renovations/new")
	String applyForm(@RequestParam(required = false) @Nullable String unitLabel, HttpSession session, Model model) {
		ApplyForm form = new ApplyForm();
		form.setUnitLabel(unitLabel);
		return form(form, current.id(session), model, null);
	}

	@PostMapping("/renovations")
	String apply(@ModelAttribute("form") ApplyForm form, HttpSession session, Model model,
			RedirectAttributes redirect) {
		long communityId = current.id(session);
		try {
			RenovationDetails r = renovations.apply(communityId, form.toCommand());
			redirect.addFlashAttribute("flash", messages.get("renovation.applied", r.renovation().unitLabel()));
			return "redirect:/renovations/" + r.renovation().id();
		}
		catch (ValidationException ex) {
			return form(form, communityId, model, messages.describe(ex.problems()));
		}
		catch (DomainException ex) {
			if (ex instanceof NotFoundException) {
				throw ex;
			}
			return form(form, communityId, model, messages.of(ex));
		}
	}

	private String form(ApplyForm form, long communityId, Model model, @Nullable String error) {
		if (form.getUnitId() == null && form.getUnitLabel() != null && !form.getUnitLabel().isBlank()) {
			units.search(List.of(communityId), form.getUnitLabel().strip(), 5)
				.stream()
				.filter(u -> u.label().equalsIgnoreCase(form.getUnitLabel().strip()))
				.findFirst()
				.ifPresentOrElse(u -> form.setUnitId(u.id()),
						() -> model.addAttribute("unitError", messages.get("validation.unit.unknown")));
		}
		if (form.getUnitId() != null) {
			UnitView unit = units.get(form.getUnitId());
			form.setUnitLabel(unit.label());
			model.addAttribute("unit", unit);
			model.addAttribute("owners", renovations.owners(unit.id()));
		}
		if (form.getRequestKey() == null) {
			form.setRequestKey(UUID.randomUUID().toString());
		}
		if (form.getPlannedStart() == null) {
			form.setPlannedStart(renovations.today(communityId));
			form.setPlannedEnd(renovations.today(communityId).plusDays(59));
		}
		model.addAttribute("form", form);
		model.addAttribute("applicantKinds", ApplicantKind.values());
		model.addAttribute("error", error);
		return "renovation/apply";
	}

	@GetMapping("/renovations/{id}")
	String show(@PathVariable long id, Model model) {
		RenovationDetails r = renovations.get(id);
		model.addAttribute("r", r.renovation());
		model.addAttribute("d", r);
		model.addAttribute("zone", communities.timeZone(r.renovation().communityId()));
		model.addAttribute("paperKinds",
				java.util.Arrays.stream(DocumentKind.values()).filter(DocumentKind::ofApplication).toList());
		model.addAttribute("settings", renovations.settings(r.renovation().communityId()));
		model.addAttribute("today", renovations.today(r.renovation().communityId()));
		model.addAttribute("passes", site.passes(id));
		model.addAttribute("overtime", site.overtime(id));
		model.addAttribute("waterTests", site.waterTests(id));
		model.addAttribute("areas", WaterArea.values());
		model.addAttribute("acceptanceItems", AcceptanceItem.values());
		model.addAttribute("checks", checks.checks(id));
		model.addAttribute("materials", materials.ofRenovation(id));
		model.addAttribute("violations", checks.violations(id));
		return "renovation/renovation";
	}

	/** A worker's pass, printable, with its QR code (R9.3). */
	@GetMapping("/renovations/passes/{passId}")
	String printPass(@PathVariable long passId, Model model) {
		model.addAttribute("pass", site.pass(passId));
		return "renovation/pass";
	}

	/** The QR code of a pass: its number, which the gate scans or types. */
	@GetMapping("/renovations/passes/{passId}/qr.png")
	ResponseEntity<byte[]> passQr(@PathVariable long passId) {
		return ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.IMAGE_PNG)
			.body(QrImages.png(site.pass(passId).number(), 200));
	}

	/** The guard's phone page: type or scan a worker's pass (R9.4). */
	@GetMapping("/renovations/gate")
	String gate() {
		return "renovation/gate";
	}

	/** Checks a pass at the gate; every check is logged with its answer. */
	@PostMapping("/renovations/gate")
	String checkAtGate(@RequestParam(required = false) @Nullable String number, HttpSession session, Model model) {
		model.addAttribute("number", number);
		try {
			model.addAttribute("answer", site.scan(current.id(session), number));
		}
		catch (ValidationException ex) {
			model.addAttribute("error", messages.describe(ex.problems()));
		}
		return "renovation/gate";
	}

	/** One step of a renovation, by the step's name in the path ({@code permit}, …). */
	@PostMapping("/renovations/{id}/{action}")
	String act(@PathVariable long id, @PathVariable String action,
			@RequestParam(required = false) @Nullable DocumentKind kind,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String workerName,
			@RequestParam(required = false) @Nullable String workerIdCard,
			@RequestParam(required = false) @Nullable String workerPhone,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate permitFrom,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate permitUntil,
			@RequestParam(required = false) @Nullable String garbageFee,
			@RequestParam(required = false) @Nullable String deposit,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String deduction,
			@RequestParam(required = false) @Nullable String deductionReason,
			@RequestParam(required = false) @Nullable Long workerId,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime startsAt,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime endsAt,
			@RequestParam(required = false) @Nullable WaterArea area,
			@RequestParam(required = false) @Nullable Long testId,
			@RequestParam(required = false) @Nullable Boolean passed,
			@RequestParam(required = false) boolean belowChecked, @RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable List<AcceptanceItem> checklist, RedirectAttributes redirect)
			throws IOException {
		try {
			RenovationAction step = Steps.of(RenovationAction.class, action);
			switch (step) {
				case UPLOAD -> renovations.upload(id, kind, title, file == null ? null : file.getOriginalFilename(),
						file == null || file.isEmpty() ? null : file.getBytes());
				case ADD_WORKER ->
					renovations.addWorker(id, new ApplyRenovation.NewWorker(workerName, workerIdCard, workerPhone));
				case CHECK_APPROVAL -> renovations.checkApproval(id);
				case PERMIT -> renovations.permit(id, new PermitRenovation(permitFrom, permitUntil,
						Amounts.parse("garbageFee", garbageFee), Amounts.parse("deposit", deposit)));
				case WITHDRAW -> renovations.withdraw(id, reason);
				case ISSUE_PASS -> site.issuePass(id, workerId, null, null);
				case APPROVE_OVERTIME -> site.approveOvertime(id, startsAt, endsAt, reason);
				case START_WATER_TEST -> site.startWaterTest(id, area);
				case END_WATER_TEST ->
					site.endWaterTest(id, ValidationException.required("testId", testId), passed, belowChecked, note);
				case ACCEPT -> renovations.accept(id, note, checklist);
				case PHOTOGRAPH -> renovations.photograph(id, title, file == null ? null : file.getOriginalFilename(),
						file == null || file.isEmpty() ? null : file.getBytes());
				case FAIL_ACCEPTANCE -> renovations.failAcceptance(id, note);
				case REQUEST_REFUND ->
					renovations.requestRefund(id, Amounts.parse("deduction", deduction), deductionReason);
				case CLOSE -> renovations.close(id);
				case APPLY, REFUND -> throw ValidationException.of("action", "validation.invalid");
			}
			redirect.addFlashAttribute("flash", messages.get("renovation.done." + step.name()));
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
		}
		catch (DomainException ex) {
			if (ex instanceof NotFoundException) {
				throw ex;
			}
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/renovations/" + id;
	}

	/**
	 * One step of a violation found on a daily check (R9.5), by the step's name in the
	 * path ({@code demand}, {@code rectify}, {@code escalate}).
	 */
	@PostMapping("/renovations/{id}/violations/{violationId}/{action}")
	String violationStep(@PathVariable long id, @PathVariable long violationId, @PathVariable String action,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime deadline,
			@RequestParam(required = false) @Nullable String ownerTold,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		try {
			ViolationAction step = Steps.of(ViolationAction.class, action);
			switch (step) {
				case DEMAND -> checks.demand(id, violationId, deadline, ownerTold);
				case RECTIFY -> checks.rectify(id, violationId, note);
				case ESCALATE -> checks.escalate(id, violationId, note);
				case FIND -> throw ValidationException.of("action", "validation.invalid");
			}
			redirect.addFlashAttribute("flash", messages.get("renovation.done.violation." + step.name()));
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
		}
		catch (DomainException ex) {
			if (ex instanceof NotFoundException) {
				throw ex;
			}
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/renovations/" + id + "#violations";
	}

	/** The guard reports materials arriving for a unit (R9.7). */
	@PostMapping("/renovations/gate/materials")
	String reportMaterials(@RequestParam(required = false) @Nullable String unitLabel,
			@RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable String carrier, HttpSession session, Model model) {
		try {
			model.addAttribute("material", materials.report(current.id(session), unitLabel, description, carrier));
		}
		catch (ValidationException ex) {
			model.addAttribute("error", messages.describe(ex.problems()));
		}
		catch (DomainException ex) {
			if (ex instanceof NotFoundException) {
				throw ex;
			}
			model.addAttribute("error", messages.of(ex));
		}
		return "renovation/gate";
	}

	/** Materials at the gate let in or refused by the butler who saw them (R9.7). */
	@PostMapping("/renovations/{id}/materials/{materialId}/{action}")
	String materialStep(@PathVariable long id, @PathVariable long materialId, @PathVariable String action,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		try {
			MaterialAction step = Steps.of(MaterialAction.class, action);
			switch (step) {
				case APPROVE -> materials.approve(id, materialId, null);
				case REFUSE -> materials.refuse(id, materialId, reason);
				case REPORT -> throw ValidationException.of("action", "validation.invalid");
			}
			redirect.addFlashAttribute("flash", messages.get("renovation.done.material." + step.name()));
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
		}
		catch (DomainException ex) {
			if (ex instanceof NotFoundException) {
				throw ex;
			}
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/renovations/" + id + "#materials";
	}

	@GetMapping("/renovations/{id}/documents/{documentId}")
	ResponseEntity<byte[]> paper(@PathVariable long id, @PathVariable long documentId) {
		return RenovationApiController.file(renovations.paper(id, documentId));
	}

	/** The step a form posts to ({@code /renovations/{id}/check_approval} …). */

}
