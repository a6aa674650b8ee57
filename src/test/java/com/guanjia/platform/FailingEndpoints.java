package com.guanjia.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoints that fail the way a bug would (an unexpected exception deep in a
 * service), so {@link ErrorHandlingTests} can show what a user sees then. Found by the
 * application's component scan in every test context, never in the application itself.
 */
final class FailingEndpoints {

	private FailingEndpoints() {
	}

	static final String SECRET = "connection to 10.0.0.7 refused";

	@RestController
	static class Api {

		@GetMapping("/api/test-failures/unexpected")
		String unexpected() {
			throw new IllegalStateException(SECRET);
		}

	}

	@Controller
	static class Page {

		@GetMapping("/test-failures/unexpected")
		String unexpected() {
			throw new IllegalStateException(SECRET);
		}

	}

}
