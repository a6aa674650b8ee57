package com.guanjia.shared;

/**
 * One rejected field: its name as the client sent it, and a message-bundle key with
 * arguments.
 */
public record FieldProblem(String field, String code, Object... args) {

	@Override
	public String toString() {
		return field + ": " + code;
	}

}
