package com.guanjia.residents.web;

import com.guanjia.platform.web.FormErrors;
import com.guanjia.platform.web.Messages;
import com.guanjia.platform.web.RetirementForm;
import com.guanjia.residents.ResidentManagement;
import com.guanjia.residents.ResidentRetirements;
import com.guanjia.residents.ResidentView;
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
 * Retiring, reinstating and deleting a resident from their page (decision 0014); a
 * refusal comes back to that page as a message.
 */
@Controller
class ResidentRetirementPageController {

	private final ResidentRetirements retirements;

	private final ResidentManagement residents;

	private final Messages messages;

	ResidentRetirementPageController(ResidentRetirements retirements, ResidentManagement residents, Messages messages) {
		this.retirements = retirements;
		this.residents = residents;
		this.messages = messages;
	}

	@GetMapping("/residents/{id}/retire")
	String retireForm(@PathVariable long id, Model model) {
		return form(model, residents.summary(id).name(), id, new RetirementForm());
	}

	@PostMapping("/residents/{id}/retire")
	String retire(@PathVariable long id, @ModelAttribute("form") RetirementForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		String name = residents.summary(id).name();
		if (!binding.hasErrors()) {
			try {
				retirements.retire(id, form.getRetiredOn(), form.getReason());
				redirect.addFlashAttribute("flash", messages.get("registry.retired.saved", name));
				return "redirect:/residents/" + id;
			}
			catch (ValidationException ex) {
				FormErrors.reject(binding, ex);
			}
			catch (DomainException ex) {
				binding.reject(ex.code(), ex.args(), ex.code());
			}
		}
		return form(model, name, id, form);
	}

	@PostMapping("/residents/{id}/reinstate")
	String reinstate(@PathVariable long id, RedirectAttributes redirect) {
		try {
			ResidentView resident = retirements.reinstate(id);
			redirect.addFlashAttribute("flash", messages.get("registry.reinstated", resident.name()));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/residents/" + id;
	}

	@PostMapping("/residents/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		String name = residents.summary(id).name();
		try {
			retirements.delete(id);
			redirect.addFlashAttribute("flash", messages.get("registry.deleted", name));
			return "redirect:/residents";
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
			return "redirect:/residents/" + id;
		}
	}

	private String form(Model model, String name, long id, RetirementForm form) {
		model.addAttribute("subject", name);
		model.addAttribute("action", "/residents/" + id + "/retire");
		model.addAttribute("back", "/residents/" + id);
		model.addAttribute("form", form);
		return "fragments/retire";
	}

}
