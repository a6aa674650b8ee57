package com.guanjia.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Optional;

import com.guanjia.support.ServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 9 item 12: a request that reached the proxy over HTTPS gets HSTS and a
 * {@code Secure} session cookie — when a trusted proxy (here the default, this machine)
 * says so with {@code X-Forwarded-Proto}; plain HTTP gets neither. On the real server,
 * with Spring Session's cookie as configured for it.
 */
@ServerTest
class HttpsBehindProxyTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void httpsToldByATrustedProxyBringsHstsAndASecureCookie() throws Exception {
		HttpResponse<String> plain = login(null);
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(sessionCookie(plain)).hasValueSatisfying(c -> assertThat(c).doesNotContainIgnoringCase("Secure"));

		HttpResponse<String> https = login("https");
		assertThat(https.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying(h -> assertThat(h).contains("max-age=31536000").contains("includeSubDomains"));
		assertThat(sessionCookie(https)).hasValueSatisfying(c -> assertThat(c).contains("; Secure"));
		assertThat(https.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self';"));
	}

	HttpResponse<String> login(String forwardedProto) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"));
		if (forwardedProto != null) {
			request.header("X-Forwarded-Proto", forwardedProto);
		}
		return http.send(request.build(), BodyHandlers.ofString());
	}

	static Optional<String> sessionCookie(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst();
	}

}
