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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
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
import com.guanjia.estate.BuildingCommand;
import com.guanjia.estate.CommunityCommand;
import com.guanjia.estate.CommunityManagement;
import com.guanjia.estate.UnitCommand;
import com.guanjia.estate.UnitKind;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitState;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.workorders.IndicatorReport;
import com.guanjia.workorders.WorkOrderIndicators;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 3 benchmarks (docs/benchmarks.md, "Work orders"):
 * <ol>
 * <li>work-order intake through the HTTP API (POST /api/work-orders with a bearer token)
 * from 16 concurrent clients, against a plain JDBC insert of the same rows from 16
 * threads into a table of the same shape and indexes — the throughput ratio and the
 * intake's p50/p99 latency;</li>
 * <li>the month's indicators of one community holding 1,000,000 work orders (with steps
 * and return visits), generated in SQL.</li>
 * </ol>
 *
 * <pre>mvn -q -Pbench test-compile exec:java -Dbench=WorkOrderBench [-Drequests=4000 -Dclients=16 -Dorders=1000000 -DsqlTrace=true]</pre>
 *
 * With {@code -DsqlTrace=true} it also lists the statements and commits that one intake
 * and one read send to the database (the data source is then wrapped, which costs a
 * little CPU).
 */
public final class WorkOrderBench {

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
		int requests = BenchSupport.intProperty("requests", 4000);
		int clients = BenchSupport.intProperty("clients", 16);
		int orders = BenchSupport.intProperty("orders", 1_000_000);
		boolean trace = Boolean.getBoolean("sqlTrace");
		SpringApplicationBuilder builder = new SpringApplicationBuilder(GuanjiaApplication.class);
		if (trace) {
			builder.initializers(SqlTrace.initializer());
		}
		try (ConfigurableApplicationContext app = builder.run("--server.port=0", "--guanjia.demo.enabled=false",
				"--guanjia.embedded-db.data-dir=", "--guanjia.embedded-db.durable=false",
				"--guanjia.embedded-db.database=bench_wo", "--guanjia.scheduling.enabled=false",
				"--logging.level.root=warn", "--spring.main.banner-mode=off")) {
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(ROOT, null, ROOT.getAuthorities()));
			SecurityContextHolder.setContext(context);
			int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
			DataSource dataSource = app.getBean(DataSource.class);

			long community = app.getBean(CommunityManagement.class)
				.create(new CommunityCommand("WB1", "工单基准小区", null, "Asia/Shanghai", new BigDecimal("1.50")))
				.id();
			UnitManagement units = app.getBean(UnitManagement.class);
			long building = units.createBuilding(community, new BuildingCommand("1", "1栋", 30)).id();
			List<Long> unitIds = new ArrayList<>();
			for (int i = 1; i <= 100; i++) {
				unitIds.add(
						units
							.register(community,
									new UnitCommand(building, "1", String.valueOf(1000 + i), UnitKind.RESIDENCE, 10,
											new BigDecimal("89.50"), UnitState.OCCUPIED, LocalDate.of(2022, 6, 1)))
							.id());
			}
			app.getBean(StaffManagement.class)
				.create(new StaffCommand("benchagent", "基准客服", "bench-pass-1", null, Set.of(Role.AGENT),
						List.of(new StaffCommand.AssignmentCommand(community, null))));
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			String base = "http://127.0.0.1:" + port;
			String token = token(http, base);

			try (Connection con = dataSource.getConnection(); Statement st = con.createStatement()) {
				st.execute("create table work_order_baseline (like work_order including all)");
			}
			if (requests > 0) {
				// Warm up both paths.
				intake(http, base, token, community, unitIds, 400, clients, "warm");
				baseline(dataSource, community, unitIds, 400, clients, "warm");

				CpuMeter cpu = CpuMeter.of(dataSource);
				long[] latencies = new long[requests];
				CpuMeter.Snapshot c0 = cpu.snapshot();
				long t0 = System.nanoTime();
				intakeMeasured(http, base, token, community, unitIds, requests, clients, latencies);
				double apiSeconds = (System.nanoTime() - t0) / 1e9;
				CpuMeter.Snapshot intakeCpu = cpu.snapshot().minus(c0);
				CpuMeter.Snapshot c1 = cpu.snapshot();
				long t1 = System.nanoTime();
				baseline(dataSource, community, unitIds, requests, clients, "run");
				double jdbcSeconds = (System.nanoTime() - t1) / 1e9;
				CpuMeter.Snapshot baselineCpu = cpu.snapshot().minus(c1);

				System.out.printf("intake: %d orders, %d clients%n", requests, clients);
				System.out.printf("HTTP API intake: %s s, %s orders/s, p50 %s ms, p99 %s ms, max %s ms%n",
						BenchSupport.format(apiSeconds), BenchSupport.format(requests / apiSeconds),
						BenchSupport.format(BenchSupport.percentileMillis(latencies, 50)),
						BenchSupport.format(BenchSupport.percentileMillis(latencies, 99)),
						BenchSupport.format(BenchSupport.percentileMillis(latencies, 100)));
				System.out.printf("plain JDBC insert: %s s, %s rows/s%n", BenchSupport.format(jdbcSeconds),
						BenchSupport.format(requests / jdbcSeconds));
				System.out.printf("API time / JDBC time: %s%n", BenchSupport.format(apiSeconds / jdbcSeconds));
				printCpu("intake", intakeCpu, requests);
				printCpu("plain JDBC insert", baselineCpu, requests);

				// The floor: the same clients and token reading one small resource (the
				// community).
				String read = base + "/api/communities/" + community;
				get(http, read, token, 400, clients, new long[400]);
				long[] readLatencies = new long[requests];
				CpuMeter.Snapshot c2 = cpu.snapshot();
				long t2 = System.nanoTime();
				get(http, read, token, requests, clients, readLatencies);
				double readSeconds = (System.nanoTime() - t2) / 1e9;
				CpuMeter.Snapshot readCpu = cpu.snapshot().minus(c2);
				System.out.printf(
						"HTTP API read (GET /api/communities/{id}): %s s, %s requests/s, p50 %s ms, p99 %s ms, max %s ms%n",
						BenchSupport.format(readSeconds), BenchSupport.format(requests / readSeconds),
						BenchSupport.format(BenchSupport.percentileMillis(readLatencies, 50)),
						BenchSupport.format(BenchSupport.percentileMillis(readLatencies, 99)),
						BenchSupport.format(BenchSupport.percentileMillis(readLatencies, 100)));
				System.out.printf("read time / JDBC time: %s; intake time / read time: %s%n",
						BenchSupport.format(readSeconds / jdbcSeconds), BenchSupport.format(apiSeconds / readSeconds));

				printCpu("read", readCpu, requests);
				if (trace) {
					// What one intake and one read send to the database, after commit
					// included.
					trace("one intake", JdbcClient.create(dataSource),
							() -> intake(http, base, token, community, unitIds, 1, 1, "trace"));
					trace("one read", JdbcClient.create(dataSource), () -> get(http, read, token, 1, 1, new long[1]));
					// A major complaint publishes ComplaintRaised, which notifications
					// listens to after commit.
					trace("one major complaint", JdbcClient.create(dataSource), () -> post(http, base, token, """
							{"communityId": %d, "kind": "COMPLAINT", "unitId": %d, "reporterName": "业主",
							 "reporterPhone": "13800000000", "description": "噪音投诉", "severity": "MAJOR"}"""
						.formatted(community, unitIds.get(0))));
				}
			}

			long big = app.getBean(CommunityManagement.class)
				.create(new CommunityCommand("WB2", "百万工单小区", null, "Asia/Shanghai", new BigDecimal("1.50")))
				.id();
			long g0 = System.nanoTime();
			generate(dataSource, big, orders);
			System.out.printf("generated %d orders (+ steps and visits) in %s s%n", orders,
					BenchSupport.format((System.nanoTime() - g0) / 1e9));
			WorkOrderIndicators indicators = app.getBean(WorkOrderIndicators.class);
			YearMonth month = YearMonth.of(2026, 10);
			long[] times = new long[7];
			IndicatorReport report = null;
			for (int i = 0; i < times.length; i++) {
				long s = System.nanoTime();
				report = indicators.month(big, month);
				times[i] = System.nanoTime() - s;
			}
			System.out.printf("indicators of %s over %d orders: first %s ms, median of the next six %s ms, max %s ms%n",
					month, orders, BenchSupport.format(times[0] / 1e6),
					BenchSupport.format(BenchSupport.percentileMillis(Arrays.copyOfRange(times, 1, times.length), 50)),
					BenchSupport.format(BenchSupport.percentileMillis(times, 100)));
			System.out.printf("  received %d, closed %d, complaint handling %s%%, return visits %s%%, open at end %d%n",
					report.received(), report.closed(), report.complaintHandlingRate(), report.returnVisitRate(),
					report.openAtEnd());
		}
	}

	static String token(HttpClient http, String base) throws Exception {
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"benchagent\", \"password\": \"bench-pass-1\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher m = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(r.body());
		if (!m.find()) {
			throw new IllegalStateException("no token: " + r.body());
		}
		return m.group(1);
	}

	static String body(long community, long unit, int i) {
		return """
				{"communityId": %d, "kind": "IN_UNIT_REPAIR", "unitId": %d, "reporterName": "业主%d",
				 "reporterPhone": "138%08d", "description": "厨房水龙头漏水 %d", "convenientTime": "晚上",
				 "category": "SANITARY"}""".formatted(community, unit, i, i, i);
	}

	static void intake(HttpClient http, String base, String token, long community, List<Long> units, int n, int clients,
			String tag) throws Exception {
		intakeMeasured(http, base, token, community, units, n, clients, new long[n]);
	}

	static void intakeMeasured(HttpClient http, String base, String token, long community, List<Long> units, int n,
			int clients, long[] latencies) throws Exception {
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
					HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/work-orders"))
						.header("Content-Type", "application/json")
						.header("Authorization", "Bearer " + token)
						.POST(HttpRequest.BodyPublishers.ofString(body(community, units.get(i % units.size()), i)))
						.build();
					long s = System.nanoTime();
					HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
					latencies[i] = System.nanoTime() - s;
					if (r.statusCode() != 201) {
						throw new IllegalStateException(r.statusCode() + " " + r.body());
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

	static void printCpu(String what, CpuMeter.Snapshot cpu, int n) {
		System.out.printf(
				"  CPU per %s: request threads %s ms, other application threads %s ms, JVM (GC, JIT) %s ms,"
						+ " PostgreSQL %s ms; bench clients %s ms%n",
				what, BenchSupport.format(cpu.requestThreads() / 1e6 / n),
				BenchSupport.format(cpu.otherThreads() / 1e6 / n), BenchSupport.format(cpu.jvmInternal() / 1e6 / n),
				BenchSupport.format(cpu.postgres() / 1e6 / n), BenchSupport.format(cpu.clientThreads() / 1e6 / n));
	}

	interface Step {

		void run() throws Exception;

	}

	/**
	 * Prints the statements and commits sent while {@code step} runs and until its
	 * listeners are done (the bench's own polling for them left out).
	 */
	static void trace(String what, JdbcClient jdbc, Step step) throws Exception {
		SqlTrace.start();
		step.run();
		BenchSupport.awaitListeners(jdbc, Duration.ofSeconds(30));
		List<SqlTrace.Entry> entries = SqlTrace.stop()
			.stream()
			.filter(e -> !e.what().contains("from event_publication where completion_date is null"))
			.toList();
		System.out.printf("%s: %d statements and commits%n", what, entries.size());
		for (SqlTrace.Entry e : entries) {
			System.out.printf("  [%s] %s%n", e.thread(),
					e.what().length() > 160 ? e.what().substring(0, 160) + "…" : e.what());
		}
	}

	static void post(HttpClient http, String base, String token, String body) throws Exception {
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/work-orders"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != 201) {
			throw new IllegalStateException(r.statusCode() + " " + r.body());
		}
	}

	static void get(HttpClient http, String url, String token, int n, int clients, long[] latencies) throws Exception {
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> futures = new ArrayList<>();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", "Bearer " + token)
			.GET()
			.build();
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
					long s = System.nanoTime();
					HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
					latencies[i] = System.nanoTime() - s;
					if (r.statusCode() != 200) {
						throw new IllegalStateException(r.statusCode() + " " + r.body());
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

	/** The same rows, one autocommitted insert each, from {@code clients} threads. */
	static void baseline(DataSource dataSource, long community, List<Long> units, int n, int clients, String tag)
			throws Exception {
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				try (Connection con = dataSource.getConnection();
						PreparedStatement ps = con.prepareStatement(
								"""
										insert into work_order_baseline (community_id, number, kind, status, unit_id, unit_label,
										  reporter_name, reporter_phone, description, convenient_time, category, warranty, created_at,
										  created_by) values (?, ?, 'IN_UNIT_REPAIR', 'RECEIVED', ?, ?, ?, ?, ?, '晚上', 'SANITARY', 'PAID', ?, 'bench')""")) {
					con.setAutoCommit(true);
					for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
						ps.setLong(1, community);
						ps.setString(2, tag + "-" + i);
						ps.setLong(3, units.get(i % units.size()));
						ps.setString(4, "1-1-" + (1000 + i % units.size()));
						ps.setString(5, "业主" + i);
						ps.setString(6, String.format("138%08d", i));
						ps.setString(7, "厨房水龙头漏水 " + i);
						ps.setTimestamp(8, Timestamp.from(Instant.now()));
						ps.executeUpdate();
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

	/**
	 * One community with {@code n} orders over the 24 months before December 2026: kinds
	 * mixed, 90% closed (most on time), an escalation step on 5%, a return visit for
	 * closed repairs and complaints (95% made).
	 */
	static void generate(DataSource dataSource, long community, int n) throws Exception {
		try (Connection con = dataSource.getConnection(); Statement st = con.createStatement()) {
			st.execute(
					"""
							insert into work_order (community_id, number, kind, status, description, created_at, created_by,
							  completed_at, closed_at, due_at, department_id, technician_id, technician_name)
							select %d, 'G-' || g,
							  (array['IN_UNIT_REPAIR','IN_UNIT_REPAIR','IN_UNIT_REPAIR','PUBLIC_REPAIR','COMPLAINT','HELP','ENQUIRY','SUGGESTION'])[1 + g %% 8],
							  case when g %% 10 = 0 then 'DISPATCHED' else 'CLOSED' end, 'generated',
							  c, 'bench',
							  case when g %% 10 = 0 then null else c + ((g %% 96) || ' hours')::interval end,
							  case when g %% 10 = 0 then null else c + ((g %% 96) || ' hours')::interval + interval '1 hour' end,
							  c + interval '72 hours', null, 1000 + g %% 12, '师傅' || (g %% 12)
							from (select g, timestamptz '2024-12-01 00:00+08' + (g::float8 / %d * 730 || ' days')::interval as c
							      from generate_series(1, %d) g) s"""
						.formatted(community, n, n));
			st.execute("analyze work_order");
			st.execute("""
					insert into work_order_step (community_id, work_order_id, occurred_at, actor, action, to_status)
					select community_id, id, created_at + interval '3 days', 'system', 'ESCALATE', status
					from work_order where community_id = %d and id %% 20 = 0""".formatted(community));
			st.execute("""
					insert into return_visit (community_id, work_order_id, round, due_at, done_at, satisfied, score)
					select community_id, id, 1, closed_at + interval '2 days',
					  case when id %% 20 = 1 then null else closed_at + interval '1 day' end,
					  case when id %% 20 = 1 then null else id %% 7 <> 0 end,
					  case when id %% 20 = 1 then null else 3 + (id %% 3)::int end
					from work_order where community_id = %d and closed_at is not null
					  and kind in ('IN_UNIT_REPAIR', 'PUBLIC_REPAIR', 'COMPLAINT')""".formatted(community));
			st.execute("analyze work_order");
			st.execute("analyze work_order_step");
			st.execute("analyze return_visit");
		}
	}

}
