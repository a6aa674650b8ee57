package com.guanjia.access;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/**
 * A login refused by the throttle before its password was checked: too many attempts of
 * this username from this address, from this address, or of this username too quickly.
 * The same attempt may be made again after {@link #retryAfter()}.
 */
public class LoginThrottledException extends LockedException {

	/**
	 * The session attribute where the console's login page finds how long to wait, in
	 * seconds.
	 */
	public static final String WAIT_SECONDS = LoginThrottledException.class.getName() + ".waitSeconds";

	private final Duration retryAfter;

	LoginThrottledException(Duration retryAfter) {
		super("too many login attempts");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

}
