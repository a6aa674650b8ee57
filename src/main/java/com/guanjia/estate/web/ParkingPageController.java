package com.guanjia.estate.web;

import java.util.List;
import java.util.Locale;

import com.guanjia.estate.ParkingManagement;
import com.guanjia.estate.ParkingSpaceView;
import com.guanjia.estate.ParkingState;
import com.guanjia.estate.UnitFilter;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.FormErrors;
import com.guanjia.platform.web.Htmx;
import com.guanjia.platform.web.Messages;
import com.guanjia.platform.xlsx.XlsxExport;
import com.guanjia.platform.xlsx.XlsxExport.Column;
import com.guanjia.shared.ResultPage;
import com.guanjia.shared.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

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
 * Parking spaces of the current community (R1.2): the list by state, the form, the unit
 * look-up.
 */
@Controller
class ParkingPageController {

	private static final int UNIT_SUGGESTIONS = 10;

	private final ParkingManagement parking;

	private final UnitManagement units;

	private final CurrentCommunity current;

	private final Messages messages;

	ParkingPageController(ParkingManagement parking, UnitManagement units, CurrentCommunity current,
			Messages messages) {
		this.parking = parking;
		this.units = units;
		this.current = current;
		this.messages = messages;
	}

	@GetMapping("/parking")
	String list(@RequestParam(required = false) ParkingState state,
			@RequestParam(defaultValue = "false") boolean includeRetired, HttpSession session,
			HttpServletRequest request, Model model) {
		model.addAttribute("state", state);
		model.addAttribute("includeRetired", includeRetired);
		model.addAttribute("states", ParkingState.values());
		model.addAttribute("spaces", parking.list(current.id(session), state, includeRetired));
		return Htmx.view(request, "estate/parking", "results");
	}

	/** The parking list, as filtered, as a spreadsheet (issue 2 item 6, R1.2). */
	@GetMapping("/parking/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) ParkingState state,
			@RequestParam(defaultValue = "false") boolean includeRetired, HttpSession session) {
		List<Column<ParkingSpaceView>> columns = List.of(
				new Column<>(messages.get("parking.code"), ParkingSpaceView::code),
				new Column<>(messages.get("field.zone"), ParkingSpaceView::zone),
				new Column<>(messages.get("field.state"), p -> messages.get(p.state().messageKey())),
				new Column<>(messages.get("field.unitId"), ParkingSpaceView::unitLabel));
		return XlsxExport.download("parking-spaces.xlsx", columns,
				parking.list(current.id(session), state, includeRetired));
	}

	/**
	 * Units whose label contains what was typed, as the options of the form's unit field.
	 */
	@GetMapping("/parking/unit-options")
	String unitOptions(@RequestParam(required = false) String unitLabel, HttpSession session, Model model) {
		List<UnitView> found = unitLabel == null || unitLabel.isBlank() ? List.of()
				: units
					.list(current.id(session), new UnitFilter(null, null, null, unitLabel),
							new ResultPage.Request(0, UNIT_SUGGESTIONS))
					.items();
		model.addAttribute("options", found);
		return "estate/parking-form :: unitOptions";
	}

	@GetMapping("/parking/new")
	String newSpace(Model model) {
		return form(model, new ParkingForm(), null);
	}

	@PostMapping("/parking/new")
	String create(@ModelAttribute("form") ParkingForm form, BindingResult binding, HttpSession session, Model model,
			RedirectAttributes redirect) {
		long communityId = current.id(session);
		if (!binding.hasErrors()) {
			try {
				form.setUnitId(unitId(communityId, form.getUnitLabel()));
				ParkingSpaceView space = parking.create(communityId, form.toCommand());
				redirect.addFlashAttribute("flash", messages.get("parking.saved", space.code()));
				return "redirect:/parking";
			}
			catch (ValidationException ex) {
				FormErrors.reject(binding, ex);
			}
		}
		return form(model, form, null);
	}

	@GetMapping("/parking/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		ParkingSpaceView space = parking.get(id);
		return form(model, ParkingForm.of(space), space);
	}

	@PostMapping("/parking/{id}/edit")
	String change(@PathVariable long id, @ModelAttribute("form") ParkingForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		ParkingSpaceView space = parking.get(id);
		form.setCode(space.code());
		if (!binding.hasErrors()) {
			try {
				form.setUnitId(unitId(space.communityId(), form.getUnitLabel()));
				ParkingSpaceView saved = parking.change(id, form.getVersion(), form.toCommand());
				redirect.addFlashAttribute("flash", messages.get("parking.saved", saved.code()));
				return "redirect:/parking";
			}
			catch (ValidationException ex) {
				FormErrors.reject(binding, ex);
			}
		}
		return form(model, form, space);
	}

	/**
	 * The id of the unit with exactly this label (3-2-1502) in the community; none for a
	 * blank label.
	 */
	private @Nullable Long unitId(long communityId, @Nullable String label) {
		if (label == null || label.isBlank()) {
			return null;
		}
		String wanted = label.strip().toUpperCase(Locale.ROOT);
		// Retired units too: the service refuses tying a space to one, naming it, but a
		// space keeps the unit it was tied to.
		return units.list(communityId, new UnitFilter(null, null, null, wanted, true), new ResultPage.Request(0, 50))
			.items()
			.stream()
			.filter(u -> u.label().toUpperCase(Locale.ROOT).equals(wanted))
			.map(UnitView::id)
			.findFirst()
			.orElseThrow(() -> ValidationException.of("unitId", "validation.unit.unknown"));
	}

	private String form(Model model, ParkingForm form, @Nullable ParkingSpaceView space) {
		model.addAttribute("form", form);
		model.addAttribute("space", space);
		model.addAttribute("states", ParkingState.values());
		return "estate/parking-form";
	}

}
