package com.guanjia.platform.web;

import java.util.List;

import com.guanjia.shared.DomainException;
import com.guanjia.shared.FieldProblem;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Resolves message-bundle keys in the caller's language. */
@Component
public class Messages {

	private final MessageSource source;

	Messages(MessageSource source) {
		this.source = source;
	}

	public String get(String code, Object... args) {
		return source.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

	public String of(DomainException ex) {
		return get(ex.code(), ex.args());
	}

	public String of(FieldProblem problem) {
		return get(problem.code(), problem.args());
	}

	/**
	 * "field: message" lines for a set of problems, with the field's display name when
	 * known.
	 */
	public String describe(List<FieldProblem> problems) {
		return String.join("; ", problems.stream().map(p -> fieldLabel(p.field()) + ": " + of(p)).toList());
	}

	public String fieldLabel(String field) {
		return source.getMessage("field." + field, null, field, LocaleContextHolder.getLocale());
	}

}
