package com.guanjia.estate.web;

import java.util.List;

import com.guanjia.estate.BuildingView;
import com.guanjia.estate.UnitFilter;
import com.guanjia.estate.UnitKind;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.FormErrors;
import com.guanjia.platform.web.Htmx;
import com.guanjia.platform.web.Messages;
import com.guanjia.platform.xlsx.XlsxExport;
import com.guanjia.platform.xlsx.XlsxExport.Column;
import com.guanjia.shared.ResultPage;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

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
 * The unit list (filtered live with htmx), the unit form and the list's spreadsheet
 * export.
 */
@Controller
class UnitPageController {

	private final UnitManagement units;

	private final CurrentCommunity current;

	private final Messages messages;

	UnitPageController(UnitManagement units, CurrentCommunity current, Messages messages) {
		this.units = units;
		this.current = current;
		this.messages = messages;
	}

	@GetMapping("/units")
	String list(@RequestParam(required = false) Long buildingId, @RequestParam(required = false) UnitState state,
			@RequestParam(required = false) UnitKind kind, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(defaultValue = "false") boolean includeRetired,
			HttpSession session, HttpServletRequest request, Model model) {
		long communityId = current.id(session);
		UnitFilter filter = new UnitFilter(buildingId, state, kind, q, includeRetired);
		model.addAttribute("filter", filter);
		model.addAttribute("result", units.list(communityId, filter, ResultPage.Request.of(page, 50)));
		model.addAttribute("buildings", units.buildings(communityId, includeRetired));
		model.addAttribute("states", UnitState.values());
		model.addAttribute("kinds", UnitKind.values());
		return Htmx.view(request, "estate/units", "results");
	}

	@GetMapping("/units/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) Long buildingId,
			@RequestParam(required = false) UnitState state, @RequestParam(required = false) UnitKind kind,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean includeRetired,
			HttpSession session) {
		long communityId = current.id(session);
		UnitFilter filter = new UnitFilter(buildingId, state, kind, q, includeRetired);
		List<UnitView> rows = all(communityId, filter);
		List<Column<UnitView>> columns = List.of(new Column<>(messages.get("unit.label"), UnitView::label),
				new Column<>(messages.get("field.buildingCode"), UnitView::buildingCode),
				new Column<>(messages.get("field.entrance"), UnitView::entrance),
				new Column<>(messages.get("field.roomNo"), UnitView::roomNo),
				new Column<>(messages.get("field.kind"), u -> messages.get(u.kind().messageKey())),
				new Column<>(messages.get("field.floor"), UnitView::floor),
				new Column<>(messages.get("field.buildingArea"), UnitView::buildingArea),
				new Column<>(messages.get("field.state"), u -> messages.get(u.state().messageKey())),
				new Column<>(messages.get("field.handoverDate"), UnitView::handoverDate));
		return XlsxExport.download("units.xlsx", columns, rows);
	}

	private List<UnitView> all(long communityId, UnitFilter filter) {
		List<UnitView> rows = new java.util.ArrayList<>();
		for (int page = 0;; page++) {
			ResultPage<UnitView> part = units.list(communityId, filter,
					new ResultPage.Request(page, ResultPage.MAX_SIZE));
			rows.addAll(part.items());
			if (!part.hasNext()) {
				return rows;
			}
		}
	}

	/**
	 * A unit's page. Other modules add their panels (residents, events log, work orders…)
	 * as htmx fragments that the page loads from their own URLs under /units/{id}/….
	 */
	@GetMapping("/units/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("unit", units.get(id));
		return "estate/unit";
	}

	@GetMapping("/units/new")
	String newUnit(@RequestParam(required = false) Long buildingId, HttpSession session, Model model) {
		UnitForm form = new UnitForm();
		form.setBuildingId(buildingId);
		return form(model, session, form, null);
	}

	@PostMapping("/units/new")
	String register(@ModelAttribute("form") UnitForm form, BindingResult binding, HttpSession session, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(model, session, form, null);
		}
		try {
			UnitView unit = units.register(current.id(session), form.toCommand());
			redirect.addFlashAttribute("flash", messages.get("unit.saved", unit.label()));
			return "redirect:/units/" + unit.id();
		}
		catch (ValidationException ex) {
			FormErrors.reject(binding, ex);
			return form(model, session, form, null);
		}
	}

	@GetMapping("/units/{id}/edit")
	String edit(@PathVariable long id, HttpSession session, Model model) {
		UnitView unit = units.get(id);
		return form(model, session, UnitForm.of(unit), unit);
	}

	@PostMapping("/units/{id}/edit")
	String change(@PathVariable long id, @ModelAttribute("form") UnitForm form, BindingResult binding,
			HttpSession session, Model model, RedirectAttributes redirect) {
		UnitView unit = units.get(id);
		if (binding.hasErrors()) {
			return form(model, session, form, unit);
		}
		try {
			UnitView saved = units.change(id, form.getVersion(), form.toCommand());
			redirect.addFlashAttribute("flash", messages.get("unit.saved", saved.label()));
			return "redirect:/units/" + id;
		}
		catch (ValidationException ex) {
			FormErrors.reject(binding, ex);
		}
		catch (ConflictException ex) {
			binding.reject(ex.code(), ex.args(), ex.code());
		}
		return form(model, session, form, unit);
	}

	private String form(Model model, HttpSession session, UnitForm form, UnitView unit) {
		long communityId = unit == null ? current.id(session) : unit.communityId();
		model.addAttribute("form", form);
		model.addAttribute("unit", unit);
		// New units go into buildings in service only; a unit keeps its own building.
		List<BuildingView> buildings = new java.util.ArrayList<>(units.buildings(communityId, false));
		if (unit != null && buildings.stream().noneMatch(b -> b.id() == unit.buildingId())) {
			buildings.add(units.building(unit.buildingId()));
		}
		model.addAttribute("buildings", buildings);
		model.addAttribute("states", UnitState.values());
		model.addAttribute("kinds", UnitKind.values());
		return "estate/unit-form";
	}

}
