package com.guanjia.access;

import java.time.Instant;

import com.guanjia.platform.security.StaffUser;
import com.guanjia.shared.Problems;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
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

	/** Thrown when the login is refused; the API answers 401 or, when locked, 429. */
	public static class LoginRefused extends RuleViolationException {

		private final boolean locked;

		LoginRefused(boolean locked) {
			super(locked ? "error.login.locked" : "error.login.bad");
			this.locked = locked;
		}

		public boolean locked() {
			return locked;
		}

		@Override
		public int status() {
			return locked ? 429 : 401;
		}

	}

	public Issued issue(@Nullable String username, @Nullable String password) {
		new Problems().text("username", username, 50).text("password", password, 200).throwIfAny();
		try {
			Authentication auth = authentication
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
			ApiTokens.IssuedToken issued = tokens.issue((StaffUser) auth.getPrincipal());
			return new Issued(issued.token(), issued.expiresAt());
		}
		catch (LockedException ex) {
			throw new LoginRefused(true);
		}
		catch (BadCredentialsException ex) {
			throw new LoginRefused(false);
		}
		catch (AuthenticationException ex) {
			throw new LoginRefused(false);
		}
	}

	public void revoke(String authorizationHeader) {
		if (authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
			tokens.revoke(authorizationHeader.substring(7).strip());
		}
	}

}
