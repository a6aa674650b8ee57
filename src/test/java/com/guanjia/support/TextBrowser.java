package com.guanjia.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A browser without JavaScript over {@link HttpClient}: it keeps cookies itself (so a
 * test can send the same session cookie to different servers, as a load balancer would)
 * and follows no redirects (so a test sees them).
 */
public final class TextBrowser {

	private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	/** A response: status, redirect target and body. */
	public record Page(int status, @Nullable String location, String body) {

		public boolean redirectsTo(String path) {
			return location != null && (location.equals(path) || location.endsWith(path));
		}

		/**
		 * The CSRF token of the page: the login form's hidden field or a console page's
		 * meta tag.
		 */
		public String csrfToken() {
			Matcher m = HIDDEN_CSRF.matcher(body);
			if (m.find()) {
				return m.group(1);
			}
			m = META_CSRF.matcher(body);
			if (m.find()) {
				return m.group(1);
			}
			throw new AssertionError("no CSRF token on the page (status " + status + ")");
		}

	}

	public Page get(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).GET());
	}

	public Page postForm(String url, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public Page postJson(String url, String json, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		headers.forEach(request::header);
		return send(request);
	}

	public Page getWith(String url, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
		headers.forEach(request::header);
		return send(request);
	}

	public Page delete(String url, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).DELETE();
		headers.forEach(request::header);
		return send(request);
	}

	public @Nullable String cookie(String name) {
		return cookies.get(name);
	}

	private Page send(HttpRequest.Builder request) {
		if (!cookies.isEmpty()) {
			request.header("Cookie",
					cookies.entrySet()
						.stream()
						.map(e -> e.getKey() + "=" + e.getValue())
						.collect(Collectors.joining("; ")));
		}
		try {
			HttpResponse<String> response = http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			for (String header : response.headers().allValues("Set-Cookie")) {
				String pair = header.split(";", 2)[0];
				int eq = pair.indexOf('=');
				String name = pair.substring(0, eq).strip();
				String value = pair.substring(eq + 1).strip();
				if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
					cookies.remove(name);
				}
				else {
					cookies.put(name, value);
				}
			}
			return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null),
					response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
