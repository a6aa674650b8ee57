package com.guanjia.shared;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Bad input, field by field. Nothing has been saved when this is thrown. */
public class ValidationException extends DomainException {

	private final List<FieldProblem> problems;

	public ValidationException(List<FieldProblem> problems) {
		super("error.validation", problems.toString());
		this.problems = List.copyOf(problems);
	}

	public static ValidationException of(String field, String code, Object... args) {
		return new ValidationException(List.of(new FieldProblem(field, code, args)));
	}

	/**
	 * The value of a field the request must carry, or this exception naming the field as
	 * required.
	 */
	public static <T> T required(String field, @Nullable T value) {
		if (value == null) {
			throw of(field, "validation.required");
		}
		return value;
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	@Override
	public int status() {
		return 400;
	}

}
