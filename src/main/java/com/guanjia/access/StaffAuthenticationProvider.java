package com.guanjia.access;

import java.util.Locale;
import java.util.Objects;

import com.guanjia.platform.security.StaffUser;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password against the staff table. The {@link LoginThrottle}
 * counts the attempt of this username from the client's address first and may refuse it
 * before the password is checked ({@link LoginThrottledException}). The client's address
 * comes from the authentication's {@link WebAuthenticationDetails} (the form login sets
 * them; the token endpoint too). Used by the console's form login and the token endpoint.
 */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

	/**
	 * A hash to compare against when the username is unknown, so timing does not reveal
	 * it.
	 */
	private final String dummyHash;

	private final StaffRepository staff;

	private final PasswordEncoder passwords;

	private final LoginThrottle throttle;

	StaffAuthenticationProvider(StaffRepository staff, PasswordEncoder passwords, LoginThrottle throttle) {
		this.staff = staff;
		this.passwords = passwords;
		this.throttle = throttle;
		this.dummyHash = passwords.encode("not-a-real-password");
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName() == null ? ""
				: authentication.getName().strip().toLowerCase(Locale.ROOT);
		String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null ? details.getRemoteAddress() : "";
		LoginThrottle.Verdict verdict = throttle.admit(username, address);
		if (!verdict.allowed()) {
			throw new LoginThrottledException(Objects.requireNonNull(verdict.retryAfter()));
		}
		StaffUser user = staff.findUser(username).orElse(null);
		if (user == null || !passwords.matches(password, user.getPassword())) {
			if (user == null) {
				passwords.matches(password, dummyHash);
			}
			throw new BadCredentialsException("bad credentials");
		}
		if (!user.isEnabled()) {
			throw new DisabledException("account disabled");
		}
		throttle.succeeded(username, address);
		user.eraseCredentials();
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
