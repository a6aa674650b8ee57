package com.guanjia.shared;

import java.time.Duration;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * A failure the user caused or can fix. {@link #code()} is a message-bundle key, so pages
 * and the API can explain it in the user's language.
 */
public abstract class DomainException extends RuntimeException {

	private final String code;

	private final Object[] args;

	protected DomainException(String code, Object... args) {
		super(code + (args.length == 0 ? "" : " " + Arrays.toString(args)));
		this.code = code;
		this.args = args;
	}

	/** The HTTP status that answers this failure. */
	public abstract int status();

	/**
	 * How long to wait before trying again, for a refusal that passes (the API sends it
	 * as {@code Retry-After}); {@code null} when trying again will not help.
	 */
	public @Nullable Duration retryAfter() {
		return null;
	}

	public String code() {
		return code;
	}

	public Object[] args() {
		return args.clone();
	}

}
