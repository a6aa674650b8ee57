package com.guanjia.shared;

/**
 * A record that does not exist or lies outside the caller's communities (both answer
 * 404).
 */
public class NotFoundException extends DomainException {

	public NotFoundException(String what, Object id) {
		super("error.notFound", what, id);
	}

	@Override
	public int status() {
		return 404;
	}

}
