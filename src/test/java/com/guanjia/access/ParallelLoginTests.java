package com.guanjia.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.ServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 9 item 7: parallel guesses cannot slip past the login throttle. Sixty wrong
 * passwords sent at once (real HTTP requests on the real server, released together by a
 * latch) get exactly five password checks (401) and 55 refusals (429); then the right
 * password is refused too. Before the fix about 40 of 100 were checked, and the right
 * password in the middle of 60 got a token.
 */
@ServerTest
class ParallelLoginTests {

	private static final int GUESSES = 60;

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Test
	void sixtyParallelGuessesGetFivePasswordChecks() throws Exception {
		StaffUser agent = fixtures.staff(Role.AGENT, fixtures.community("并发小区").id());
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(GUESSES);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < GUESSES; i++) {
				HttpRequest guess = token(agent.getUsername(), "guess-" + i);
				answers.add(threads.submit(() -> {
					start.await();
					return http.send(guess, BodyHandlers.discarding()).statusCode();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get(60, TimeUnit.SECONDS));
			}
			Map<Integer, Long> byStatus = statuses.stream()
				.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
			assertThat(byStatus).as("answers to %d parallel guesses", GUESSES).isEqualTo(Map.of(401, 5L, 429, 55L));
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(http.send(token(agent.getUsername(), Fixtures.PASSWORD), BodyHandlers.ofString()).statusCode())
			.as("the right password after the guesses")
			.isEqualTo(429);
	}

	HttpRequest token(String username, String password) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/auth/token"))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, password)))
			.build();
	}

}
