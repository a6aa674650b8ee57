package com.guanjia.residents.web;

import java.time.LocalDate;
import java.util.List;

import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.web.FormErrors;
import com.guanjia.platform.web.Messages;
import com.guanjia.residents.Gender;
import com.guanjia.residents.HouseholdRegistry;
import com.guanjia.residents.HouseholdRelation;
import com.guanjia.residents.OccupantsView;
import com.guanjia.residents.OwnershipTransfers;
import com.guanjia.residents.PartyKind;
import com.guanjia.residents.ResidentDirectory;
import com.guanjia.residents.TenancyView;
import com.guanjia.residents.TransferReason;
import com.guanjia.residents.UnitOccupancy;
import com.guanjia.residents.HouseholdMemberView;
import com.guanjia.residents.VehicleView;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
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
 * The residents panel of a unit's page (loaded by estate/unit.html with hx-get) and the
 * forms that add an owner, tenant, household member or vehicle, or record an ownership
 * transfer.
 */
@Controller
class OccupancyPageController {

	/**
	 * Which tie an occupant form creates; the path segment and the message keys follow
	 * it.
	 */
	enum Kind {

		OWNERS, TENANTS, MEMBERS;

		static Kind of(String segment) {
			return switch (segment) {
				case "owners" -> OWNERS;
				case "tenants" -> TENANTS;
				case "household-members" -> MEMBERS;
				default -> throw new ValidationException(List.of());
			};
		}

		String segment() {
			return this == MEMBERS ? "household-members" : name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	private final UnitOccupancy occupancy;

	private final HouseholdRegistry households;

	private final OwnershipTransfers transfers;

	private final ResidentDirectory directory;

	private final UnitManagement units;

	private final Messages messages;

	OccupancyPageController(UnitOccupancy occupancy, HouseholdRegistry households, OwnershipTransfers transfers,
			ResidentDirectory directory, UnitManagement units, Messages messages) {
		this.occupancy = occupancy;
		this.households = households;
		this.transfers = transfers;
		this.directory = directory;
		this.units = units;
		this.messages = messages;
	}

	/** The panel: always the fragment (it lives inside the unit page). */
	@GetMapping("/units/{id}/residents")
	String panel(@PathVariable long id, Model model) {
		model.addAttribute("occupants", occupancy.occupants(id));
		return "residents/unit-panel :: panel";
	}

	/**
	 * Existing residents matching a fragment, as radio buttons for the occupant forms
	 * (htmx).
	 */
	@GetMapping("/residents/pick")
	String pick(@RequestParam long unitId, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "partyId") String field, Model model) {
		UnitView unit = units.get(unitId);
		model.addAttribute("candidates",
				q == null || q.isBlank() ? List.of() : directory.search(List.of(unit.communityId()), q, 10));
		model.addAttribute("field", field);
		return "residents/pick :: candidates";
	}

	@GetMapping("/units/{id}/{kind:owners|tenants|household-members}/new")
	String newOccupant(@PathVariable long id, @PathVariable String kind, Model model) {
		return occupantForm(model, units.get(id), Kind.of(kind), new OccupantForm());
	}

	@PostMapping("/units/{id}/{kind:owners|tenants|household-members}/new")
	String addOccupant(@PathVariable long id, @PathVariable String kind, @ModelAttribute("form") OccupantForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		UnitView unit = units.get(id);
		Kind k = Kind.of(kind);
		if (binding.hasErrors()) {
			return occupantForm(model, unit, k, form);
		}
		try {
			String name = switch (k) {
				case OWNERS -> occupancy.registerOwner(unit.communityId(), form.toOwner(id)).partyName();
				case TENANTS -> occupancy.moveIn(unit.communityId(), form.toTenant(id)).partyName();
				case MEMBERS -> households.addMember(unit.communityId(), form.toMember(id)).partyName();
			};
			redirect.addFlashAttribute("flash", messages.get("occupant.saved." + k, name, unit.label()));
			return "redirect:/units/" + id;
		}
		catch (ValidationException ex) {
			FormErrors.reject(binding, ex);
			return occupantForm(model, unit, k, form);
		}
	}

	@GetMapping("/units/{id}/vehicles/new")
	String newVehicle(@PathVariable long id, Model model) {
		return vehicleForm(model, units.get(id), new VehicleForm());
	}

	@PostMapping("/units/{id}/vehicles/new")
	String addVehicle(@PathVariable long id, @ModelAttribute("form") VehicleForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		UnitView unit = units.get(id);
		if (binding.hasErrors()) {
			return vehicleForm(model, unit, form);
		}
		try {
			VehicleView v = households.registerVehicle(unit.communityId(), form.toCommand(id));
			redirect.addFlashAttribute("flash", messages.get("vehicle.saved", v.plate(), unit.label()));
			return "redirect:/units/" + id;
		}
		catch (ValidationException ex) {
			FormErrors.reject(binding, ex);
			return vehicleForm(model, unit, form);
		}
	}

	@GetMapping("/units/{id}/ownership-transfers/new")
	String newTransfer(@PathVariable long id, Model model) {
		return transferForm(model, units.get(id), new TransferForm());
	}

	@PostMapping("/units/{id}/ownership-transfers/new")
	String recordTransfer(@PathVariable long id, @ModelAttribute("form") TransferForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		UnitView unit = units.get(id);
		if (binding.hasErrors()) {
			return transferForm(model, unit, form);
		}
		try {
			transfers.record(unit.communityId(), form.toCommand(id));
			redirect.addFlashAttribute("flash", messages.get("transfer.saved", unit.label()));
			return "redirect:/units/" + id;
		}
		catch (ValidationException ex) {
			FormErrors.reject(binding, ex);
			return transferForm(model, unit, form);
		}
	}

	@PostMapping("/tenancies/{id}/move-out")
	String moveOutTenant(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			RedirectAttributes redirect) {
		TenancyView t = occupancy.moveOut(id, date);
		redirect.addFlashAttribute("flash", messages.get("tenant.movedOut", t.partyName(), t.unitLabel()));
		return "redirect:/units/" + t.unitId();
	}

	@PostMapping("/household-members/{id}/move-out")
	String moveOutMember(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			RedirectAttributes redirect) {
		HouseholdMemberView m = households.moveOutMember(id, date);
		redirect.addFlashAttribute("flash", messages.get("member.movedOut", m.partyName(), m.unitLabel()));
		return "redirect:/units/" + m.unitId();
	}

	@PostMapping("/vehicles/{id}/removal")
	String removeVehicle(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			RedirectAttributes redirect) {
		VehicleView v = households.removeVehicle(id, date);
		redirect.addFlashAttribute("flash", messages.get("vehicle.removed", v.plate(), v.unitLabel()));
		return "redirect:/units/" + v.unitId();
	}

	private String occupantForm(Model model, UnitView unit, Kind kind, OccupantForm form) {
		model.addAttribute("unit", unit);
		model.addAttribute("kind", kind.name());
		model.addAttribute("segment", kind.segment());
		model.addAttribute("form", form);
		model.addAttribute("relations", HouseholdRelation.values());
		common(model);
		return "residents/occupant-form";
	}

	private String vehicleForm(Model model, UnitView unit, VehicleForm form) {
		OccupantsView occupants = occupancy.occupants(unit.id());
		model.addAttribute("unit", unit);
		model.addAttribute("form", form);
		model.addAttribute("occupants", occupants);
		return "residents/vehicle-form";
	}

	private String transferForm(Model model, UnitView unit, TransferForm form) {
		model.addAttribute("unit", unit);
		model.addAttribute("form", form);
		model.addAttribute("occupants", occupancy.occupants(unit.id()));
		model.addAttribute("reasons", TransferReason.values());
		common(model);
		return "residents/transfer-form";
	}

	private static void common(Model model) {
		model.addAttribute("kinds", PartyKind.values());
		model.addAttribute("genders", Gender.values());
	}

}
