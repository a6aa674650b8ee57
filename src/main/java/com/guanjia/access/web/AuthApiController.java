package com.guanjia.access.web;

import java.time.Instant;

import com.guanjia.access.TokenIssuer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "auth", description = "Bearer tokens for API clients")
class AuthApiController {

	private final TokenIssuer tokens;

	AuthApiController(TokenIssuer tokens) {
		this.tokens = tokens;
	}

	record TokenRequest(@Nullable String username, @Nullable String password) {
	}

	record TokenResponse(String accessToken, String tokenType, Instant expiresAt) {
	}

	@PostMapping("/api/auth/token")
	@Operation(summary = "Exchange a staff login for a bearer token",
			description = "Throttled per username and client address: too many attempts answer 429 with "
					+ "Retry-After, before the password is checked.")
	TokenResponse token(@RequestBody TokenRequest request, HttpServletRequest http) {
		TokenIssuer.Issued issued = tokens.issue(request.username(), request.password(), http.getRemoteAddr());
		return new TokenResponse(issued.token(), "Bearer", issued.expiresAt());
	}

	@DeleteMapping("/api/auth/token")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke the bearer token of this request")
	void revoke(@RequestHeader("Authorization") String authorization) {
		tokens.revoke(authorization);
	}

}
