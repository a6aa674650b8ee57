package com.guanjia.estate.web;

import java.util.function.Consumer;

import com.guanjia.estate.BuildingView;
import com.guanjia.estate.CommunityManagement;
import com.guanjia.estate.CommunityView;
import com.guanjia.estate.EstateRetirements;
import com.guanjia.estate.ParkingManagement;
import com.guanjia.estate.ParkingSpaceView;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.web.FormErrors;
import com.guanjia.platform.web.Messages;
import com.guanjia.platform.web.RetirementForm;
import com.guanjia.shared.DomainException;
import com.guanjia.shared.ValidationException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages that retire, reinstate and delete units, buildings, parking spaces and
 * communities (decision 0014). Each record's own page offers the buttons
 * ({@code fragments/retirement}); a refusal comes back to that page as a message.
 */
@Controller
class EstateRetirementPageController {

	private final EstateRetirements retirements;

	private final UnitManagement units;

	private final ParkingManagement parking;

	private final CommunityManagement communities;

	private final Messages messages;

	EstateRetirementPageController(EstateRetirements retirements, UnitManagement units, ParkingManagement parking,
			CommunityManagement communities, Messages messages) {
		this.retirements = retirements;
		this.units = units;
		this.parking = parking;
		this.communities = communities;
		this.messages = messages;
	}

	// --- units

	@GetMapping("/units/{id}/retire")
	String retireUnitForm(@PathVariable long id, Model model) {
		UnitView unit = units.get(id);
		return form(model, unit.label(), "/units/" + id, "/units/" + id, new RetirementForm());
	}

	@PostMapping("/units/{id}/retire")
	String retireUnit(@PathVariable long id, @ModelAttribute("form") RetirementForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		UnitView unit = units.get(id);
		return retire(form, binding, model, redirect, unit.label(), "/units/" + id, "/units/" + id,
				f -> retirements.retireUnit(id, f.getRetiredOn(), f.getReason()));
	}

	@PostMapping("/units/{id}/reinstate")
	String reinstateUnit(@PathVariable long id, RedirectAttributes redirect) {
		return step(redirect, "/units/" + id, "/units/" + id, () -> retirements.reinstateUnit(id).label(),
				"registry.reinstated");
	}

	@PostMapping("/units/{id}/delete")
	String deleteUnit(@PathVariable long id, RedirectAttributes redirect) {
		return step(redirect, "/units", "/units/" + id, () -> {
			String label = units.get(id).label();
			retirements.deleteUnit(id);
			return label;
		}, "registry.deleted");
	}

	// --- buildings

	@GetMapping("/buildings/{id}/retire")
	String retireBuildingForm(@PathVariable long id, Model model) {
		BuildingView building = units.building(id);
		return form(model, building.name(), "/buildings/" + id, "/buildings/" + id + "/edit", new RetirementForm());
	}

	@PostMapping("/buildings/{id}/retire")
	String retireBuilding(@PathVariable long id, @ModelAttribute("form") RetirementForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		BuildingView building = units.building(id);
		return retire(form, binding, model, redirect, building.name(), "/buildings/" + id, "/buildings/" + id + "/edit",
				f -> retirements.retireBuilding(id, f.getRetiredOn(), f.getReason()));
	}

	@PostMapping("/buildings/{id}/reinstate")
	String reinstateBuilding(@PathVariable long id, RedirectAttributes redirect) {
		return step(redirect, "/buildings/" + id + "/edit", "/buildings/" + id + "/edit",
				() -> retirements.reinstateBuilding(id).name(), "registry.reinstated");
	}

	@PostMapping("/buildings/{id}/delete")
	String deleteBuilding(@PathVariable long id, RedirectAttributes redirect) {
		return step(redirect, "/buildings", "/buildings/" + id + "/edit", () -> {
			String name = units.building(id).name();
			retirements.deleteBuilding(id);
			return name;
		}, "registry.deleted");
	}

	// --- parking spaces

	@GetMapping("/parking/{id}/retire")
	String retireParkingForm(@PathVariable long id, Model model) {
		ParkingSpaceView space = parking.get(id);
		return form(model, space.code(), "/parking/" + id, "/parking/" + id + "/edit", new RetirementForm());
	}

	@PostMapping("/parking/{id}/retire")
	String retireParking(@PathVariable long id, @ModelAttribute("form") RetirementForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		ParkingSpaceView space = parking.get(id);
		return retire(form, binding, model, redirect, space.code(), "/parking/" + id, "/parking/" + id + "/edit",
				f -> retirements.retireParkingSpace(id, f.getRetiredOn(), f.getReason()));
	}

	@PostMapping("/parking/{id}/reinstate")
	String reinstateParking(@PathVariable long id, RedirectAttributes redirect) {
		return step(redirect, "/parking/" + id + "/edit", "/parking/" + id + "/edit",
				() -> retirements.reinstateParkingSpace(id).code(), "registry.reinstated");
	}

	@PostMapping("/parking/{id}/delete")
	String deleteParking(@PathVariable long id, RedirectAttributes redirect) {
		return step(redirect, "/parking", "/parking/" + id + "/edit", () -> {
			String code = parking.get(id).code();
			retirements.deleteParkingSpace(id);
			return code;
		}, "registry.deleted");
	}

	// --- communities

	@GetMapping("/communities/{id}/retire")
	String retireCommunityForm(@PathVariable long id, Model model) {
		CommunityView community = communities.forChange(id);
		return form(model, community.name(), "/communities/" + id, "/communities/" + id + "/edit",
				new RetirementForm());
	}

	@PostMapping("/communities/{id}/retire")
	String retireCommunity(@PathVariable long id, @ModelAttribute("form") RetirementForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		CommunityView community = communities.forChange(id);
		return retire(form, binding, model, redirect, community.name(), "/communities/" + id,
				"/communities/" + id + "/edit", f -> retirements.retireCommunity(id, f.getRetiredOn(), f.getReason()));
	}

	@PostMapping("/communities/{id}/reinstate")
	String reinstateCommunity(@PathVariable long id, RedirectAttributes redirect) {
		return step(redirect, "/communities/" + id + "/edit", "/communities/" + id + "/edit",
				() -> retirements.reinstateCommunity(id).name(), "registry.reinstated");
	}

	// --- the same steps for every record

	private String form(Model model, String subject, String base, String back, RetirementForm form) {
		model.addAttribute("subject", subject);
		model.addAttribute("action", base + "/retire");
		model.addAttribute("back", back);
		model.addAttribute("form", form);
		return "fragments/retire";
	}

	private String retire(RetirementForm form, BindingResult binding, Model model, RedirectAttributes redirect,
			String subject, String base, String back, Consumer<RetirementForm> action) {
		if (!binding.hasErrors()) {
			try {
				action.accept(form);
				redirect.addFlashAttribute("flash", messages.get("registry.retired.saved", subject));
				return "redirect:" + back;
			}
			catch (ValidationException ex) {
				FormErrors.reject(binding, ex);
			}
			catch (DomainException ex) {
				binding.reject(ex.code(), ex.args(), ex.code());
			}
		}
		return form(model, subject, base, back, form);
	}

	/**
	 * One button's step: on success back to {@code done} saying so, on a refusal back to
	 * the record's page ({@code refused}) with the reason.
	 */
	private String step(RedirectAttributes redirect, String done, String refused,
			java.util.function.Supplier<String> action, String savedKey) {
		try {
			String subject = action.get();
			redirect.addFlashAttribute("flash", messages.get(savedKey, subject));
			return "redirect:" + done;
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:" + refused;
	}

}
