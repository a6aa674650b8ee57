package com.guanjia.bench;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.guanjia.GuanjiaApplication;
import com.guanjia.access.StaffCommand;
import com.guanjia.access.StaffManagement;
import com.guanjia.carpark.CarparkSettings;
import com.guanjia.carpark.TariffCommand;
import com.guanjia.estate.CommunityCommand;
import com.guanjia.estate.CommunityManagement;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A busy gate (issue 14): {@code clients} guards' clients each send an entry and then the
 * paid exit of a vehicle through the HTTP API ({@code POST /api/carpark/stays}, then
 * {@code POST /api/carpark/exits} by plate, paid online with the cashier's gap-free
 * receipt), against the same rows (a stay inserted, then updated to left with its fee)
 * written by plain JDBC from as many threads into a table of the same shape. Events per
 * second, each event's p50/p99.
 *
 * <pre>mvn -q -Pbench test-compile exec:java -Dbench=CarparkBench [-Dvehicles=2000 -Dclients=16]</pre>
 */
public final class CarparkBench {

	static final StaffUser ROOT = new StaffUser(0, "bench", "bench", null, Set.of(Role.ADMIN), true);

	public static void main(String[] args) throws Exception {
		try {
			run();
		}
		catch (Exception ex) {
			ex.printStackTrace();
			System.exit(1);
		}
		System.exit(0);
	}

	static void run() throws Exception {
		int vehicles = BenchSupport.intProperty("vehicles", 2000);
		int clients = BenchSupport.intProperty("clients", 16);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GuanjiaApplication.class).run(
				"--server.port=0", "--guanjia.demo.enabled=false", "--guanjia.embedded-db.data-dir=",
				"--guanjia.embedded-db.durable=false", "--guanjia.embedded-db.database=bench_carpark",
				"--guanjia.scheduling.enabled=false", "--logging.level.root=warn", "--spring.main.banner-mode=off")) {
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(ROOT, null, ROOT.getAuthorities()));
			SecurityContextHolder.setContext(context);
			int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
			DataSource dataSource = app.getBean(DataSource.class);
			long community = app.getBean(CommunityManagement.class)
				.create(new CommunityCommand("CB1", "车场基准小区", null, "Asia/Shanghai", new BigDecimal("1.50")))
				.id();
			// no free minutes: every exit pays the first hour and takes a receipt
			app.getBean(CarparkSettings.class)
				.define(community,
						new TariffCommand(0, 60, new BigDecimal("5.00"), 30, new BigDecimal("2.00"),
								new BigDecimal("30.00"), LocalTime.of(22, 0), LocalTime.of(7, 0),
								new BigDecimal("1.00"), new BigDecimal("300.00"), "bench"));
			app.getBean(StaffManagement.class)
				.create(new StaffCommand("benchguard", "基准门岗", "bench-pass-1", null, Set.of(Role.GUARD),
						List.of(new StaffCommand.AssignmentCommand(community, null))));
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			String base = "http://127.0.0.1:" + port;
			String token = token(http, base);
			try (Connection con = dataSource.getConnection(); Statement st = con.createStatement()) {
				st.execute("create table parking_stay_baseline (like parking_stay including all)");
			}

			// Warm up both paths.
			gate(http, base, token, community, "W", 200, clients, new long[400]);
			baseline(dataSource, community, "W", 200, clients);

			long[] latencies = new long[2 * vehicles];
			long t0 = System.nanoTime();
			gate(http, base, token, community, "R", vehicles, clients, latencies);
			double apiSeconds = (System.nanoTime() - t0) / 1e9;
			long t1 = System.nanoTime();
			baseline(dataSource, community, "R", vehicles, clients);
			double jdbcSeconds = (System.nanoTime() - t1) / 1e9;
			int events = 2 * vehicles;
			System.out.printf("busy gate: %d vehicles (%d events: entry + paid exit), %d clients%n", vehicles, events,
					clients);
			System.out.printf("HTTP API: %s s, %s events/s, p50 %s ms, p99 %s ms, max %s ms%n",
					BenchSupport.format(apiSeconds), BenchSupport.format(events / apiSeconds),
					BenchSupport.format(BenchSupport.percentileMillis(latencies, 50)),
					BenchSupport.format(BenchSupport.percentileMillis(latencies, 99)),
					BenchSupport.format(BenchSupport.percentileMillis(latencies, 100)));
			System.out.printf("plain JDBC (insert + update per vehicle): %s s, %s events/s%n",
					BenchSupport.format(jdbcSeconds), BenchSupport.format(events / jdbcSeconds));
			System.out.printf("API time / JDBC time: %s%n", BenchSupport.format(apiSeconds / jdbcSeconds));
		}
	}

	static String token(HttpClient http, String base) throws Exception {
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"benchguard\", \"password\": \"bench-pass-1\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher m = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(r.body());
		if (!m.find()) {
			throw new IllegalStateException("no token: " + r.body());
		}
		return m.group(1);
	}

	/** A plate per vehicle: 粤 + a letter for the run + five digits. */
	static String plate(String run, int i) {
		return "粤" + run + String.format("%05d", i);
	}

	static void gate(HttpClient http, String base, String token, long community, String run, int n, int clients,
			long[] latencies) throws Exception {
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
					String plate = plate(run, i);
					latencies[2 * i] = send(http, base + "/api/carpark/stays", token, """
							{"communityId": %d, "plate": "%s", "goodsChecked": true}""".formatted(community, plate),
							201);
					latencies[2 * i + 1] = send(http, base + "/api/carpark/exits", token, """
							{"communityId": %d, "plate": "%s", "driverChecked": true, "passReturned": true,
							 "method": "ONLINE"}""".formatted(community, plate), 200);
				}
				return null;
			}));
		}
		try {
			for (Future<?> f : futures) {
				f.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	static long send(HttpClient http, String url, String token, String body, int expected) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		long s = System.nanoTime();
		HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
		long took = System.nanoTime() - s;
		if (r.statusCode() != expected) {
			throw new IllegalStateException(r.statusCode() + " " + r.body());
		}
		return took;
	}

	static void baseline(DataSource dataSource, long community, String run, int n, int clients) throws Exception {
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				try (Connection con = dataSource.getConnection();
						PreparedStatement enter = con.prepareStatement(
								"""
										insert into parking_stay_baseline (community_id, plate, status, entered_at, entry_source,
										  entered_by, goods_checked) values (?, ?, 'INSIDE', ?, 'GATE', 'bench', true) returning id""");
						PreparedStatement exit = con.prepareStatement("""
								update parking_stay_baseline set status = 'LEFT', exited_at = ?, exited_by = 'bench',
								  fee = 5.00, driver_checked = true, pass_returned = true, version = version + 1
								where community_id = ? and id = ?""")) {
					con.setAutoCommit(true);
					for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
						enter.setLong(1, community);
						enter.setString(2, "B" + plate(run, i));
						enter.setTimestamp(3, Timestamp.from(Instant.now()));
						long id;
						try (var rs = enter.executeQuery()) {
							rs.next();
							id = rs.getLong(1);
						}
						exit.setTimestamp(1, Timestamp.from(Instant.now()));
						exit.setLong(2, community);
						exit.setLong(3, id);
						exit.executeUpdate();
					}
				}
				return null;
			}));
		}
		try {
			for (Future<?> f : futures) {
				f.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
