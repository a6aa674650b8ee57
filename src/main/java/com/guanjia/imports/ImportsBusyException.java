package com.guanjia.imports;

import com.guanjia.shared.DomainException;

/**
 * Every import slot of this instance is taken (issue 9 item 5): the caller should try
 * again after {@link #retryAfterSeconds()}. The API answers 429 with {@code Retry-After};
 * the page says so in words.
 */
public class ImportsBusyException extends DomainException {

	private final int retryAfterSeconds;

	ImportsBusyException(int limit, int retryAfterSeconds) {
		super("import.busy", limit, retryAfterSeconds);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	@Override
	public int status() {
		return 429;
	}

	public int retryAfterSeconds() {
		return retryAfterSeconds;
	}

}
