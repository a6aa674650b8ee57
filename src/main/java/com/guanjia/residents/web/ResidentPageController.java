package com.guanjia.residents.web;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import com.guanjia.residents.PartyKind;
import com.guanjia.residents.ResidentManagement;
import com.guanjia.residents.ResidentSummary;
import com.guanjia.residents.ResidentView;
import com.guanjia.residents.Gender;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.FormErrors;
import com.guanjia.platform.web.Htmx;
import com.guanjia.platform.web.Messages;
import com.guanjia.platform.xlsx.XlsxExport;
import com.guanjia.platform.xlsx.XlsxExport.Column;
import com.guanjia.shared.ResultPage;
import com.guanjia.shared.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

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
 * The resident list (searched live with htmx, masked), a resident's page and the resident
 * form.
 */
@Controller
class ResidentPageController {

	private final ResidentManagement residents;

	private final CurrentCommunity current;

	private final Messages messages;

	ResidentPageController(ResidentManagement residents, CurrentCommunity current, Messages messages) {
		this.residents = residents;
		this.current = current;
		this.messages = messages;
	}

	@GetMapping("/residents")
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(defaultValue = "false") boolean includeRetired, HttpSession session,
			HttpServletRequest request, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("includeRetired", includeRetired);
		model.addAttribute("result",
				residents.list(current.id(session), q, includeRetired, ResultPage.Request.of(page, 50)));
		return Htmx.view(request, "residents/list", "results");
	}

	/**
	 * The list as a spreadsheet: the same rows and the same masking as the page shows
	 * this user (issue 2 item 6, R1.3), streamed to the response as the rows are read in
	 * chunks (issue 9 item 6).
	 */
	@GetMapping("/residents/export.xlsx")
	void export(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "false") boolean includeRetired, HttpSession session,
			HttpServletResponse response) throws IOException {
		Iterable<ResidentSummary> rows = residents.export(current.id(session), q, includeRetired);
		List<Column<ResidentSummary>> columns = List.of(
				new Column<>(messages.get("resident.name"), ResidentSummary::name),
				new Column<>(messages.get("field.kind"), r -> messages.get(r.kind().messageKey())),
				new Column<>(messages.get("field.idCardNumber"), ResidentSummary::idCardNumber),
				new Column<>(messages.get("field.phones"), r -> String.join(", ", r.phones())),
				new Column<>(messages.get("residents.units"),
						r -> r.units()
							.stream()
							.map(u -> u.unitLabel() + " " + messages.get(u.role().messageKey()))
							.collect(Collectors.joining(", "))));
		XlsxExport.stream(response, "residents.xlsx", columns, rows);
	}

	@GetMapping("/residents/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) @Nullable String reason, Model model) {
		model.addAttribute("resident", residents.get(id, reason));
		return "residents/detail";
	}

	/**
	 * The panel of the resident's page listing the reads of their personal data and the
	 * downloads from their units' archives (issue 9 item 14).
	 */
	@GetMapping("/residents/{id}/access-log")
	String accessLog(@PathVariable long id, Model model) {
		model.addAttribute("entries", residents.accessLog(id));
		return "residents/access-log :: panel";
	}

	@GetMapping("/residents/new")
	String newResident(Model model) {
		return form(model, new PartyForm(), null);
	}

	@PostMapping("/residents/new")
	String register(@ModelAttribute("form") PartyForm form, BindingResult binding, HttpSession session, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(model, form, null);
		}
		try {
			ResidentView saved = residents.register(current.id(session), form.toCommand());
			redirect.addFlashAttribute("flash", messages.get("resident.saved", saved.name()));
			return "redirect:/residents/" + saved.id();
		}
		catch (ValidationException ex) {
			FormErrors.reject(binding, ex);
			return form(model, form, null);
		}
	}

	@GetMapping("/residents/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		ResidentView resident = residents.get(id);
		return form(model, PartyForm.of(resident), resident);
	}

	@PostMapping("/residents/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("form") PartyForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		ResidentView resident = residents.get(id);
		if (binding.hasErrors()) {
			return form(model, form, resident);
		}
		try {
			ResidentView saved = residents.update(id, form.getVersion(), form.toCommand());
			redirect.addFlashAttribute("flash", messages.get("resident.saved", saved.name()));
			return "redirect:/residents/" + id;
		}
		catch (ValidationException ex) {
			FormErrors.reject(binding, ex);
			return form(model, form, resident);
		}
	}

	private String form(Model model, PartyForm form, @Nullable ResidentView resident) {
		model.addAttribute("form", form);
		model.addAttribute("resident", resident);
		model.addAttribute("kinds", PartyKind.values());
		model.addAttribute("genders", Gender.values());
		return "residents/form";
	}

}
