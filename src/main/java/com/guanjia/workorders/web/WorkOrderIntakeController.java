package com.guanjia.workorders.web;

import java.util.ArrayList;
import java.util.List;

import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.FormErrors;
import com.guanjia.platform.web.Messages;
import com.guanjia.shared.FieldProblem;
import com.guanjia.shared.ValidationException;
import com.guanjia.workorders.IntakeWithPhotos;
import com.guanjia.workorders.Severity;
import com.guanjia.workorders.WorkOrderCatalogue;
import com.guanjia.workorders.WorkOrderKind;
import com.guanjia.workorders.WorkOrderView;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The front desk's intake form (R3.1, R4.1): the order with the photos the resident
 * brought, the unit named by its label; mistakes are shown by field and nothing is saved.
 */
@Controller
class WorkOrderIntakeController {

	private final IntakeWithPhotos withPhotos;

	private final WorkOrderCatalogue catalogue;

	private final UnitManagement units;

	private final CurrentCommunity current;

	private final Messages messages;

	WorkOrderIntakeController(IntakeWithPhotos withPhotos, WorkOrderCatalogue catalogue, UnitManagement units,
			CurrentCommunity current, Messages messages) {
		this.withPhotos = withPhotos;
		this.catalogue = catalogue;
		this.units = units;
		this.current = current;
		this.messages = messages;
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
				List<FieldProblem> problems = new ArrayList<>();
				problems.add(new FieldProblem("unitLabel", "validation.unit.unknown"));
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

	private @Nullable Long resolveUnit(long communityId, @Nullable String label) {
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

}
