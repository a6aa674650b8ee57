package com.guanjia.estate.web;

import java.util.List;

import com.guanjia.estate.BuildingCommand;
import com.guanjia.estate.BuildingView;
import com.guanjia.estate.UnitManagement;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.FormErrors;
import com.guanjia.platform.web.Messages;
import com.guanjia.platform.xlsx.XlsxExport;
import com.guanjia.platform.xlsx.XlsxExport.Column;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.ValidationException;
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

@Controller
class BuildingPageController {

	private final UnitManagement units;

	private final CurrentCommunity current;

	private final Messages messages;

	BuildingPageController(UnitManagement units, CurrentCommunity current, Messages messages) {
		this.units = units;
		this.current = current;
		this.messages = messages;
	}

	/** The building form. */
	public static class BuildingForm {

		private @Nullable String code;

		private @Nullable String name;

		private @Nullable Integer floors;

		private int version;

		static BuildingForm of(BuildingView building) {
			BuildingForm form = new BuildingForm();
			form.code = building.code();
			form.name = building.name();
			form.floors = building.floors();
			form.version = building.version();
			return form;
		}

		BuildingCommand toCommand() {
			return new BuildingCommand(code, name, floors);
		}

		public int getVersion() {
			return version;
		}

		public void setVersion(int version) {
			this.version = version;
		}

		public @Nullable String getCode() {
			return code;
		}

		public void setCode(@Nullable String code) {
			this.code = code;
		}

		public @Nullable String getName() {
			return name;
		}

		public void setName(@Nullable String name) {
			this.name = name;
		}

		public @Nullable Integer getFloors() {
			return floors;
		}

		public void setFloors(@Nullable Integer floors) {
			this.floors = floors;
		}

	}

	@GetMapping("/buildings")
	String list(@RequestParam(defaultValue = "false") boolean includeRetired, HttpSession session, Model model) {
		model.addAttribute("includeRetired", includeRetired);
		return page(session, model, new BuildingForm());
	}

	/** The building list as a spreadsheet (issue 2 item 6). */
	@GetMapping("/buildings/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "false") boolean includeRetired, HttpSession session) {
		List<Column<BuildingView>> columns = List.of(new Column<>(messages.get("field.code"), BuildingView::code),
				new Column<>(messages.get("field.name"), BuildingView::name),
				new Column<>(messages.get("field.floors"), BuildingView::floors),
				new Column<>(messages.get("buildings.units"), BuildingView::unitCount));
		return XlsxExport.download("buildings.xlsx", columns, units.buildings(current.id(session), includeRetired));
	}

	@PostMapping("/buildings")
	String create(@ModelAttribute("form") BuildingForm form, BindingResult binding, HttpSession session, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return page(session, model, form);
		}
		try {
			BuildingView b = units.createBuilding(current.id(session), form.toCommand());
			redirect.addFlashAttribute("flash", messages.get("building.saved", b.name()));
			return "redirect:/buildings";
		}
		catch (ValidationException ex) {
			FormErrors.reject(binding, ex);
			return page(session, model, form);
		}
	}

	@GetMapping("/buildings/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		BuildingView building = units.building(id);
		return form(model, BuildingForm.of(building), building);
	}

	@PostMapping("/buildings/{id}/edit")
	String change(@PathVariable long id, @ModelAttribute("form") BuildingForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		BuildingView building = units.building(id);
		if (binding.hasErrors()) {
			return form(model, form, building);
		}
		try {
			BuildingView saved = units.changeBuilding(id, form.getVersion(), form.toCommand());
			redirect.addFlashAttribute("flash", messages.get("building.saved", saved.name()));
			return "redirect:/buildings";
		}
		catch (ValidationException ex) {
			FormErrors.reject(binding, ex);
		}
		catch (ConflictException ex) {
			binding.reject(ex.code(), ex.args(), ex.code());
		}
		return form(model, form, building);
	}

	private String form(Model model, BuildingForm form, BuildingView building) {
		model.addAttribute("form", form);
		model.addAttribute("building", building);
		return "estate/building-form";
	}

	private String page(HttpSession session, Model model, BuildingForm form) {
		boolean includeRetired = Boolean.TRUE.equals(model.getAttribute("includeRetired"));
		model.addAttribute("includeRetired", includeRetired);
		model.addAttribute("buildings", units.buildings(current.id(session), includeRetired));
		model.addAttribute("form", form);
		return "estate/buildings";
	}

}
