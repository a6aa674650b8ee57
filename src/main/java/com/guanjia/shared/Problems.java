package com.guanjia.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects field problems while a command is checked, then throws them all at once. */
public final class Problems {

	private final List<FieldProblem> list = new ArrayList<>();

	public Problems add(String field, String code, Object... args) {
		list.add(new FieldProblem(field, code, args));
		return this;
	}

	public Problems check(boolean ok, String field, String code, Object... args) {
		if (!ok) {
			add(field, code, args);
		}
		return this;
	}

	/** Requires a non-blank text of at most {@code max} characters. */
	public Problems text(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return add(field, "validation.required");
		}
		return check(value.length() <= max, field, "validation.tooLong", max);
	}

	/** An optional text of at most {@code max} characters. */
	public Problems optionalText(String field, String value, int max) {
		return check(value == null || value.length() <= max, field, "validation.tooLong", max);
	}

	public Problems required(String field, Object value) {
		return check(value != null, field, "validation.required");
	}

	public boolean isEmpty() {
		return list.isEmpty();
	}

	public List<FieldProblem> list() {
		return List.copyOf(list);
	}

	public void throwIfAny() {
		if (!list.isEmpty()) {
			throw new ValidationException(list);
		}
	}

}
