package com.guanjia.platform.web;

import com.guanjia.shared.FieldProblem;
import com.guanjia.shared.ValidationException;

import org.springframework.validation.BindingResult;

/** Puts a domain {@link ValidationException} onto a page form, field by field. */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult binding, ValidationException ex) {
		for (FieldProblem p : ex.problems()) {
			if (binding.getFieldType(p.field()) != null || hasProperty(binding, p.field())) {
				binding.rejectValue(p.field(), p.code(), p.args(), p.code());
			}
			else {
				binding.reject(p.code(), p.args(), p.code());
			}
		}
	}

	private static boolean hasProperty(BindingResult binding, String field) {
		try {
			binding.getFieldValue(field);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
