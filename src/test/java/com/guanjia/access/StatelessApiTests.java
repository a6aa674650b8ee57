package com.guanjia.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.ServerTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 9 item 13: the API chain keeps no session — a bearer call, refused or accepted,
 * leaves no {@code spring_session} row — and every {@code /api} path answers an error
 * with problem details, also the paths served by a page controller's
 * {@code @ResponseBody} methods (meters, arrears, dunning steps, notifications,
 * indicators) and the errors that happen before any controller is found (404, 405, 415).
 * On the real server, where Spring Boot's error page would otherwise take over.
 */
@ServerTest
class StatelessApiTests {

	private static final int N = 20;

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	long community;

	StaffUser supervisor;

	String token;

	SoftAssertions softly = new SoftAssertions();

	@BeforeEach
	void setUp() throws Exception {
		community = fixtures.community("无状态小区").id();
		supervisor = fixtures.staff(Role.SUPERVISOR, community);
		token = token();
	}

	@Test
	void bearerCallsRefusedOrAcceptedCreateNoSession() throws Exception {
		long other = fixtures.community("别家小区").id();
		long before = sessions();
		for (int i = 0; i < N; i++) {
			expect(401, bare("/api/communities/" + community).header("Authorization", "Bearer not-a-token"));
			expect(401, bare("/api/communities/" + community));
			expect(401, bare("/api/parking-spaces").header("Content-Type", "application/json")
				.POST(BodyPublishers.ofString("{}")));
			expect(200, bare("/api/communities/" + community).header("Authorization", "Bearer " + token));
			expect(404, bare("/api/communities/" + other).header("Authorization", "Bearer " + token));
			expect(404, bare("/api/no-such-resources").header("Authorization", "Bearer " + token));
			expect(403, bare("/api/meters?communityId=" + other).header("Authorization", "Bearer " + token));
			expect(400, bare("/api/meters").header("Authorization", "Bearer " + token));
			expect(405, bare("/api/communities/" + community).header("Authorization", "Bearer " + token)
				.method("PATCH", BodyPublishers.ofString("{}")));
			expect(400,
					bare("/api/communities").header("Authorization", "Bearer " + token)
						.header("Content-Type", "application/json")
						.POST(BodyPublishers.ofString("{oops")));
		}
		assertThat(sessions() - before).as("spring_session rows created by %d API calls", 10 * N).isZero();
	}

	void expect(int status, HttpRequest.Builder request) throws Exception {
		HttpResponse<String> response = send(request);
		assertThat(response.statusCode()).as(response.request().uri() + ": " + response.body()).isEqualTo(status);
		assertThat(response.headers().allValues("Set-Cookie")).as(response.request().uri() + " sets no cookie")
			.noneMatch(c -> c.startsWith("SESSION="));
	}

	HttpRequest.Builder bare(String path) {
		return HttpRequest.newBuilder(url(path));
	}

	@Test
	void everyApiPathAnswersErrorsWithProblemDetails() throws Exception {
		softly = new SoftAssertions();
		String c = "communityId=" + community;
		// 400: a missing or malformed parameter
		problem(get("/api/meters"), 400);
		problem(get("/api/meters?communityId=abc"), 400);
		problem(get("/api/meter-readings?" + c + "&month=13-2026"), 400);
		problem(get("/api/arrears"), 400);
		problem(get("/api/notifications?unreadOnly=perhaps"), 400);
		problem(get("/api/notification-outbox"), 400);
		problem(get("/api/work-order-indicators"), 400);
		// 400: malformed JSON
		problem(json("POST", "/api/meters", "{not json"), 400);
		problem(json("POST", "/api/units/1/dunning-steps", "{\"kind\": "), 400);
		problem(json("POST", "/api/work-orders", "[1,"), 400);
		// 404: no such address, and a record that is not there
		problem(get("/api/no-such-resources"), 404);
		problem(post("/api/notifications/999999999/read"), 404);
		// 405: a method the path does not take
		problem(send(auth(HttpRequest.newBuilder(url("/api/meters?" + c))).method("DELETE", BodyPublishers.noBody())
			.build()), 405);
		problem(send(auth(HttpRequest.newBuilder(url("/api/arrears?" + c))).method("DELETE", BodyPublishers.noBody())
			.build()), 405);
		// 415: a body the path does not read
		problem(send(auth(HttpRequest.newBuilder(url("/api/meters"))).header("Content-Type", "text/plain")
			.POST(BodyPublishers.ofString("meter"))
			.build()), 415);
		problem(send(auth(HttpRequest.newBuilder(url("/api/communities"))).header("Content-Type", "text/plain")
			.POST(BodyPublishers.ofString("name"))
			.build()), 415);
		// 403: a community outside the caller's
		long other = fixtures.community("别人的小区").id();
		problem(get("/api/meters?communityId=" + other), 403);
		problem(get("/api/arrears?communityId=" + other), 403);
		// 401 without a token, also where no controller exists
		problem(send(HttpRequest.newBuilder(url("/api/meters?" + c)).build()), 401);
		problem(send(HttpRequest.newBuilder(url("/api/no-such-resources")).build()), 401);
		softly.assertAll();
	}

	void problem(HttpRequest request, int status) throws Exception {
		problem(send(request), status);
	}

	void problem(HttpResponse<String> response, int status) {
		String what = response.request().method() + " " + response.request().uri();
		softly.assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(status);
		softly.assertThat(response.headers().firstValue("Content-Type").orElse(""))
			.as(what + " answers problem details: " + response.body())
			.startsWith("application/problem+json");
		softly.assertThat(response.body())
			.as(what)
			.contains("\"status\":" + status)
			.doesNotContain("<html", "Whitelabel", "at org.", "at com.guanjia", "trace");
	}

	HttpRequest get(String path) {
		return auth(HttpRequest.newBuilder(url(path))).GET().build();
	}

	HttpRequest post(String path) {
		return auth(HttpRequest.newBuilder(url(path))).POST(BodyPublishers.noBody()).build();
	}

	HttpRequest json(String method, String path, String body) {
		return auth(HttpRequest.newBuilder(url(path))).header("Content-Type", "application/json")
			.method(method, BodyPublishers.ofString(body))
			.build();
	}

	HttpRequest.Builder auth(HttpRequest.Builder builder) {
		return builder.header("Authorization", "Bearer " + token).header("Accept", "application/json");
	}

	HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return http.send(request, BodyHandlers.ofString());
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return send(request.build());
	}

	URI url(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	long sessions() {
		return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}

	String token() throws Exception {
		HttpResponse<String> issued = send(HttpRequest.newBuilder(url("/api/auth/token"))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"username\": \"%s\", \"password\": \"%s\"}"
				.formatted(supervisor.getUsername(), Fixtures.PASSWORD)))
			.build());
		Matcher m = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(issued.body());
		assertThat(m.find()).as(issued.body()).isTrue();
		return m.group(1);
	}

}
