package com.guanjia.shared;

/** A business rule refuses the request, e.g. an illegal state transition. */
public class RuleViolationException extends DomainException {

	public RuleViolationException(String code, Object... args) {
		super(code, args);
	}

	@Override
	public int status() {
		return 422;
	}

}
