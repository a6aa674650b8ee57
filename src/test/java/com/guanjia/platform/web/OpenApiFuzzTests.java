package com.guanjia.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.guanjia.access.StaffCommand;
import com.guanjia.access.StaffManagement;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.web.OpenApiFuzzer.Case;
import com.guanjia.platform.web.OpenApiFuzzer.Kind;
import com.guanjia.platform.web.OpenApiFuzzer.Part;
import com.guanjia.support.ConsoleLogin;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Every operation of the OpenAPI document, called with requests generated from its schema
 * (issue 9 item 18): valid-looking ones built from the community's own ids, and variants
 * with another community's ids, ids that do not exist, wrong types, missing fields, huge
 * numbers and strings, NUL and empty strings and malformed JSON. No answer is a 5xx,
 * every 4xx of the API is problem details, no answer shows a stack trace, SQL or a class
 * name, and every request naming another community's record or a record that does not
 * exist is refused (issue 9 item 17). The seed is fixed, so a failure repeats.
 */
@GuanjiaTest
class OpenApiFuzzTests {

	private static final Logger log = LoggerFactory.getLogger(OpenApiFuzzTests.class);

	static final long SEED = 20261207L;

	/** Sampled variants per operation, beside its id variants and the valid request. */
	static final int CASES_PER_OPERATION = 24;

	static final Pattern INTERNALS = Pattern.compile("Exception|\\bat (com|org|java|jdk)\\.|org\\.postgresql|PSQL|"
			+ "\\bSQL\\b|SQLState|duplicate key|violates|com\\.guanjia|java\\.lang|springframework|jakarta\\.|"
			+ "tools\\.jackson|Caused by|ERROR:|stack ?trace|\"trace\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StaffManagement staff;

	@Test
	void noOperationAnswers5xxOrLeaksInternalsAndEveryForeignIdIsRefused() throws Exception {
		long started = System.nanoTime();
		FuzzEstate own = FuzzEstate.build(mvc, fixtures, "甲");
		FuzzEstate foreign = FuzzEstate.build(mvc, fixtures, "乙");
		String worker = account(EnumSet.complementOf(EnumSet.of(Role.ADMIN)), own.communityId);
		String admin = account(EnumSet.of(Role.ADMIN));
		String token = ConsoleLogin.bearerToken(mvc, worker, Fixtures.PASSWORD);
		String adminToken = ConsoleLogin.bearerToken(mvc, admin, Fixtures.PASSWORD);
		JsonNode document = FuzzEstate.JSON
			.readTree(mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer " + token))
				.andReturn()
				.getResponse()
				.getContentAsString());
		own.harvest(document);
		foreign.harvest(document);
		long prepared = System.nanoTime();

		List<String[]> operations = operations(document);
		List<String> failures = new ArrayList<>();
		Map<String, Integer> statuses = new TreeMap<>();
		List<String[]> forbidden = new ArrayList<>();
		int requests = 0;
		int accepted = 0;
		for (String[] operation : operations) {
			OpenApiFuzzer fuzzer = new OpenApiFuzzer(document, operation[0], operation[1], own, foreign, SEED, true);
			int validStatus = 0;
			for (Case c : fuzzer.cases(CASES_PER_OPERATION)) {
				int status = send(operation, c, token, failures);
				requests++;
				statuses.merge(status / 100 + "xx", 1, Integer::sum);
				validStatus = status;
			}
			if (validStatus == 403) {
				forbidden.add(operation);
			}
			else if (validStatus / 100 == 2) {
				accepted++;
			}
		}
		// What the worker may not do, an administrator (who sees every community) does.
		for (String[] operation : forbidden) {
			OpenApiFuzzer fuzzer = new OpenApiFuzzer(document, operation[0], operation[1], own, foreign, SEED, false);
			for (Case c : fuzzer.cases(CASES_PER_OPERATION)) {
				int status = send(operation, c, adminToken, failures);
				requests++;
				statuses.merge(status / 100 + "xx", 1, Integer::sum);
			}
		}
		log.info(
				"Fuzzed {} operations with {} requests in {} s after {} s of set-up: {}; {} valid-looking requests "
						+ "accepted, {} operations retried as an administrator",
				operations.size(), requests, (System.nanoTime() - prepared) / 1_000_000_000,
				(prepared - started) / 1_000_000_000, statuses, accepted, forbidden.size());
		assertThat(failures).as("answers that failed (%d)", failures.size()).isEmpty();
	}

	/**
	 * The operations in a fixed order: reads, then writes, then what retires or deletes.
	 */
	private static List<String[]> operations(JsonNode document) {
		List<String[]> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (String method : path.getValue().propertyNames()) {
				String m = method.toUpperCase();
				if (path.getKey().startsWith("/api/test-failures")
						|| (m.equals("DELETE") && path.getKey().equals("/api/auth/token"))) {
					// The test's own failing endpoint; revoking the token in use.
					continue;
				}
				operations.add(new String[] { m, path.getKey() });
			}
		}
		operations.sort(Comparator.comparingInt((String[] o) -> rank(o[0], o[1]))
			.thenComparing(o -> o[1])
			.thenComparing(o -> o[0]));
		return operations;
	}

	private static int rank(String method, String path) {
		if (method.equals("GET")) {
			return 0;
		}
		if (method.equals("DELETE") || path.endsWith("/retire") || path.endsWith("/enabled")) {
			return 2;
		}
		return 1;
	}

	private int send(String[] operation, Case c, String token, List<String> failures) {
		String method = operation[0];
		String uri = operation[1];
		for (Map.Entry<String, String> value : c.path().entrySet()) {
			uri = uri.replace("{" + value.getKey() + "}",
					UriUtils.encodePathSegment(value.getValue(), StandardCharsets.UTF_8));
		}
		String name = method + " " + operation[1] + " [" + c.label() + "]";
		MockHttpServletResponse response;
		try {
			AbstractMockHttpServletRequestBuilder<?> request;
			if (c.parts() != null) {
				MockMultipartHttpServletRequestBuilder upload = multipart(HttpMethod.valueOf(method), URI.create(uri));
				for (Part part : c.parts()) {
					if (part.contentType().equals("application/json") && part.filename().isEmpty()) {
						MockPart json = new MockPart(part.name(), part.content());
						json.getHeaders().setContentType(MediaType.APPLICATION_JSON);
						upload.part(json);
					}
					else {
						upload.file(new MockMultipartFile(part.name(), part.filename(), part.contentType(),
								part.content()));
					}
				}
				request = upload;
			}
			else {
				request = request(HttpMethod.valueOf(method), URI.create(uri));
				if (c.json() != null) {
					request.contentType(MediaType.APPLICATION_JSON).content(c.json());
				}
			}
			c.query().forEach(request::queryParam);
			c.headers().forEach(request::header);
			request.header("Authorization", "Bearer " + token)
				.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
			response = mvc.perform(request).andReturn().getResponse();
		}
		catch (Exception | AssertionError ex) {
			failures.add(name + " threw " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
			return 599;
		}
		check(name, c.kind(), response, failures);
		return response.getStatus();
	}

	private static void check(String name, Kind kind, MockHttpServletResponse response, List<String> failures) {
		int status = response.getStatus();
		String body;
		try {
			body = response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			body = "";
		}
		String shown = body.length() > 300 ? body.substring(0, 300) + "…" : body;
		if (status >= 500) {
			failures.add(name + " answered " + status + ": " + shown);
			return;
		}
		if (INTERNALS.matcher(body).find()) {
			failures.add(name + " shows internals (" + status + "): " + shown);
		}
		if (status >= 400 && !isProblem(response, body)) {
			failures.add(name + " answered " + status + " without problem details: " + response.getContentType() + " "
					+ shown);
		}
		if ((kind == Kind.FOREIGN || kind == Kind.NONEXISTENT) && status < 400) {
			failures.add(name + " was accepted (" + status + "): " + shown);
		}
	}

	private static boolean isProblem(MockHttpServletResponse response, String body) {
		String type = response.getContentType();
		if (type == null || !type.contains("json")) {
			return false;
		}
		try {
			JsonNode problem = FuzzEstate.JSON.readTree(body);
			return problem.path("status").asInt() == response.getStatus() && problem.has("title");
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** A staff account with the roles, signed in with {@link Fixtures#PASSWORD}. */
	private String account(Set<Role> roles, long... communities) {
		String username = Fixtures.unique("fuzz");
		List<StaffCommand.AssignmentCommand> assignments = new ArrayList<>();
		for (long community : communities) {
			assignments.add(new StaffCommand.AssignmentCommand(community, null));
		}
		Fixtures.as(Fixtures.ROOT, () -> staff
			.create(new StaffCommand(username, "探测" + username, Fixtures.PASSWORD, null, roles, assignments)));
		return username;
	}

}
