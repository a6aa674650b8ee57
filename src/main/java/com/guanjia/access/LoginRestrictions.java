package com.guanjia.access;

import org.springframework.stereotype.Service;

/**
 * Login restrictions as a number, for the operator (a gauge of login lockouts): no caller
 * check, nothing about whom.
 */
@Service
public class LoginRestrictions {

	private final LoginThrottle throttle;

	LoginRestrictions(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	/**
	 * How many usernames have logins refused right now: an address at its limit, or a
	 * delay of the username.
	 */
	public long restrictedUsernames() {
		return throttle.restrictedUsernames();
	}

}
