package com.guanjia.shared;

import java.util.List;

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

	public List<FieldProblem> problems() {
		return problems;
	}

	@Override
	public int status() {
		return 400;
	}

}
