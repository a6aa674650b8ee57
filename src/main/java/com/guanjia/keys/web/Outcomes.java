package com.guanjia.keys.web;

import com.guanjia.platform.web.Messages;
import com.guanjia.shared.DomainException;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.ValidationException;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A page's refusal shown as a friendly message after the redirect (a 404 stays a 404).
 */
@Component
class Outcomes {

	private final Messages messages;

	Outcomes(Messages messages) {
		this.messages = messages;
	}

	void refused(RedirectAttributes redirect, DomainException ex) {
		if (ex instanceof NotFoundException) {
			throw ex;
		}
		redirect.addFlashAttribute("error",
				ex instanceof ValidationException v ? messages.describe(v.problems()) : messages.of(ex));
	}

	void done(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("flash", messages.get(key, args));
	}

}
