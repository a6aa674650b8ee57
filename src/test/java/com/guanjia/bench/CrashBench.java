package com.guanjia.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * Fault test for issue 9 items 1 and 2 (not a unit test: it kills processes). Runs the
 * packaged jar ({@code target/guanjia-*.jar}, build it first: {@code bin/crash-test} does
 * both) on a fresh data directory, as {@code bin/run} would, and
 * <ol>
 * <li>pays prepayments from 8 concurrent cashier clients through
 * {@code POST /api/payments} until a number of them are confirmed (300 by default) and
 * more are in flight, then kills the application <em>and</em> every process of its
 * embedded PostgreSQL with SIGKILL at once, starts the application again on the same data
 * directory and counts how many of the confirmed (201) receipts are still there with
 * their number;</li>
 * <li>kills only the application with SIGKILL (its PostgreSQL is left as it is) and
 * starts it again on the same data directory: it must answer within two minutes.</li>
 * </ol>
 * Exits with status 1 when a confirmed receipt was lost or a restart failed. Leaves no
 * process running: what it started it stops, the orphan database included.
 *
 * <pre>
 * bin/crash-test                      # build the jar, then run this
 * mvn -q -Pbench test-compile exec:java -Dbench=CrashBench [-Dpayments=300] [-Dclients=8]
 * </pre>
 */
public final class CrashBench {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	private static final Pattern NUMBER = Pattern.compile("\"number\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Path work;

	private final Path dataDir;

	private final int port;

	private final Path jar;

	private CrashBench(Path work, Path jar, int port) {
		this.work = work;
		this.dataDir = work.resolve("postgres");
		this.jar = jar;
		this.port = port;
	}

	public static void main(String[] args) throws Exception {
		Path jar;
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			jar = files.filter((p) -> p.getFileName().toString().matches("guanjia-.*\\.jar"))
				.filter((p) -> !p.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no target/guanjia-*.jar: run mvn -DskipTests package"));
		}
		int port = BenchSupport.intProperty("port", 18_089);
		Path work = Files.createTempDirectory("guanjia-crash");
		CrashBench bench = new CrashBench(work, jar, port);
		boolean ok;
		try {
			ok = bench.run(BenchSupport.intProperty("payments", 300), BenchSupport.intProperty("clients", 8));
		}
		finally {
			bench.stopLeftovers();
		}
		System.out.println(ok ? "CRASH TEST PASSED" : "CRASH TEST FAILED");
		System.out.println("work directory (logs, data): " + work);
		System.exit(ok ? 0 : 1);
	}

	private Process app;

	private boolean run(int payments, int clients) throws Exception {
		this.app = start("1");
		Duration firstStart = awaitUp(app, Duration.ofMinutes(5));
		System.out.println("started on a fresh data directory (demo seeded) in " + seconds(firstStart));
		String token = token();
		List<Long> units = units(token);

		// 1. payments, then SIGKILL of the application and of its database at once
		Map<Long, String> confirmed = new ConcurrentHashMap<>();
		AtomicBoolean stop = new AtomicBoolean();
		List<Thread> workers = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int client = c;
			Thread worker = new Thread(() -> {
				for (int i = client; !stop.get(); i += clients) {
					pay(token, units.get(i % units.size()), confirmed);
				}
			});
			worker.start();
			workers.add(worker);
		}
		// Killed once enough payments are confirmed, the workers still paying: a count,
		// not a sleep, so a slow machine kills after the same work as a fast one.
		await().atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> confirmed.size() >= payments);
		List<ProcessHandle> killed = killAppAndDatabase();
		stop.set(true);
		for (Thread worker : workers) {
			worker.join();
		}
		System.out.printf("killed (SIGKILL) the application and %d PostgreSQL processes after %d confirmed payments%n",
				killed.size() - 1, confirmed.size());

		this.app = start("2");
		Optional<Duration> second = tryAwaitUp(app, Duration.ofMinutes(2));
		if (second.isEmpty()) {
			System.out.println("FAIL: the application did not start again after the crash (see app-2.log)");
			return false;
		}
		String token2 = token();
		int survived = 0;
		for (Map.Entry<Long, String> receipt : confirmed.entrySet()) {
			HttpResponse<String> r = send(get("/api/receipts/" + receipt.getKey(), token2));
			if (r.statusCode() == 200 && receipt.getValue().equals(group(NUMBER, r.body()))) {
				survived++;
			}
		}
		boolean durable = survived == confirmed.size();
		System.out.printf("%s: %d of %d confirmed payments survived a kill -9 of both processes (%d lost)%n",
				durable ? "OK" : "FAIL", survived, confirmed.size(), confirmed.size() - survived);

		// 2. SIGKILL of the application alone: its PostgreSQL lives on as an orphan
		long postmaster = postmasterPid().orElseThrow();
		app.toHandle().destroyForcibly();
		app.onExit().get(30, TimeUnit.SECONDS);
		System.out.println("killed (SIGKILL) the application alone; PostgreSQL (pid " + postmaster + ") "
				+ (ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false) ? "still runs" : "is gone"));
		this.app = start("3");
		Optional<Duration> third = tryAwaitUp(app, Duration.ofMinutes(2));
		boolean restarts = third.isPresent();
		System.out.println(restarts ? "OK: started again after kill -9 of the application in " + seconds(third.get())
				: "FAIL: did not start again after kill -9 of the application (see app-3.log)");
		return durable && restarts;
	}

	private Process start(String name) throws IOException {
		List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"),
				"-XX:+ExitOnOutOfMemoryError", "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
				"--guanjia.embedded-db.data-dir=" + dataDir, "--spring.main.banner-mode=off");
		Path log = work.resolve("app-" + name + ".log");
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	private Duration awaitUp(Process process, Duration max) throws Exception {
		return tryAwaitUp(process, max).orElseThrow(() -> new IllegalStateException("the application did not start"));
	}

	/** Until a cashier gets a token (the demo logins exist), or the process ends. */
	private Optional<Duration> tryAwaitUp(Process process, Duration max) {
		long start = System.nanoTime();
		try {
			await().atMost(max).pollInterval(Duration.ofMillis(250)).until(() -> !process.isAlive() || answers());
		}
		catch (ConditionTimeoutException ex) {
			process.destroy();
			return Optional.empty();
		}
		return process.isAlive() ? Optional.of(Duration.ofNanos(System.nanoTime() - start)) : Optional.empty();
	}

	private boolean answers() throws InterruptedException {
		try {
			return send(tokenRequest()).statusCode() == 200;
		}
		catch (IOException ex) {
			return false; // not listening yet
		}
	}

	private HttpRequest tokenRequest() {
		return HttpRequest.newBuilder(uri("/api/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"cashier\",\"password\":\"guanjia123\"}"))
			.timeout(Duration.ofSeconds(10))
			.build();
	}

	private String token() throws Exception {
		return group(TOKEN, send(tokenRequest()).body());
	}

	private List<Long> units(String token) throws Exception {
		String body = send(get("/api/units?communityId=1&size=200", token)).body();
		List<Long> ids = new ArrayList<>();
		Matcher m = Pattern.compile("\\{\"id\"\\s*:\\s*(\\d+)").matcher(body);
		while (m.find()) {
			ids.add(Long.parseLong(m.group(1)));
		}
		if (ids.isEmpty()) {
			throw new IllegalStateException("no units in community 1: " + body);
		}
		return ids;
	}

	private void pay(String token, long unit, Map<Long, String> confirmed) {
		String body = "{\"unitId\":%d,\"method\":\"TRANSFER\",\"prepayment\":1.00,\"reference\":\"crash-test\"}"
			.formatted(unit);
		HttpRequest request = HttpRequest.newBuilder(uri("/api/payments"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.timeout(Duration.ofSeconds(10))
			.build();
		try {
			HttpResponse<String> response = send(request);
			if (response.statusCode() == 201) {
				confirmed.put(Long.parseLong(group(ID, response.body())), group(NUMBER, response.body()));
			}
		}
		catch (Exception ex) {
			// the server went away: this payment was never confirmed
		}
	}

	private List<ProcessHandle> killAppAndDatabase() throws IOException {
		List<ProcessHandle> victims = new ArrayList<>();
		victims.add(app.toHandle());
		postmasterPid().flatMap(ProcessHandle::of).ifPresent((postmaster) -> {
			victims.add(postmaster);
			postmaster.descendants().forEach(victims::add);
		});
		victims.forEach(ProcessHandle::destroyForcibly);
		for (ProcessHandle victim : victims) {
			victim.onExit().join();
		}
		return victims;
	}

	private Optional<Long> postmasterPid() throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip()));
	}

	/**
	 * Stops what this bench started: the application, then any PostgreSQL left behind.
	 */
	private void stopLeftovers() throws Exception {
		if (app != null && app.isAlive()) {
			app.destroy();
			if (!app.waitFor(60, TimeUnit.SECONDS)) {
				app.destroyForcibly();
			}
		}
		Optional<ProcessHandle> orphan = postmasterPid().flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
		if (orphan.isPresent()) {
			System.out
				.println("stopping the PostgreSQL left running on " + dataDir + " (pid " + orphan.get().pid() + ")");
			orphan.get().destroy();
			orphan.get().onExit().get(60, TimeUnit.SECONDS);
		}
	}

	private HttpRequest get(String path, String token) {
		return HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Bearer " + token)
			.timeout(Duration.ofSeconds(10))
			.build();
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static String group(Pattern pattern, String body) {
		Matcher m = pattern.matcher(body);
		if (!m.find()) {
			throw new IllegalStateException("unexpected answer: " + body);
		}
		return m.group(1);
	}

	private static String seconds(Duration d) {
		return BenchSupport.format(d.toMillis() / 1000.0) + " s";
	}

}
