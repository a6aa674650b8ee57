package com.guanjia.shared;

/**
 * The request clashes with the current state: a duplicate, a stale version, a second
 * submit.
 */
public class ConflictException extends DomainException {

	public ConflictException(String code, Object... args) {
		super(code, args);
	}

	@Override
	public int status() {
		return 409;
	}

}
