package com.guanjia.access;

import java.time.Duration;
import java.time.Instant;

import com.guanjia.platform.security.StaffUser;
import com.guanjia.shared.Problems;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;

/**
 * Issues and revokes API bearer tokens for staff logins, with the console's throttling.
 */
@Service
public class TokenIssuer {

	private final AuthenticationManager authentication;

	private final ApiTokens tokens;

	TokenIssuer(AuthenticationManager authentication, ApiTokens tokens) {
		this.authentication = authentication;
		this.tokens = tokens;
	}

	public record Issued(String token, Instant expiresAt) {
	}

	/**
	 * Thrown when the login is refused; the API answers 401 or, when the throttle refused
	 * it, 429 with {@code Retry-After}.
	 */
	public static class LoginRefused extends RuleViolationException {

		private final @Nullable Duration retryAfter;

		LoginRefused(@Nullable Duration retryAfter) {
			super(retryAfter != null ? "error.login.locked" : "error.login.bad",
					retryAfter != null ? new Object[] { LoginWait.of(retryAfter) } : new Object[0]);
			this.retryAfter = retryAfter;
		}

		public boolean locked() {
			return retryAfter != null;
		}

		@Override
		public @Nullable Duration retryAfter() {
			return retryAfter;
		}

		@Override
		public int status() {
			return locked() ? 429 : 401;
		}

	}

	/**
	 * A token for the staff login; {@code clientAddress} is the caller's address for the
	 * login throttle.
	 */
	public Issued issue(@Nullable String username, @Nullable String password, String clientAddress) {
		new Problems().text("username", username, 50).text("password", password, 200).throwIfAny();
		try {
			UsernamePasswordAuthenticationToken login = UsernamePasswordAuthenticationToken.unauthenticated(username,
					password);
			login.setDetails(new WebAuthenticationDetails(clientAddress, null));
			Authentication auth = authentication.authenticate(login);
			ApiTokens.IssuedToken issued = tokens.issue((StaffUser) auth.getPrincipal());
			return new Issued(issued.token(), issued.expiresAt());
		}
		catch (LoginThrottledException ex) {
			throw new LoginRefused(ex.retryAfter());
		}
		catch (AuthenticationException ex) {
			throw new LoginRefused(null);
		}
	}

	public void revoke(String authorizationHeader) {
		if (authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
			tokens.revoke(authorizationHeader.substring(7).strip());
		}
	}

}
