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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 * from 16 concurrent clients, against the same rows (clock, number of the day, order,
 * first step, audit entry) written by plain JDBC in one transaction per order from 16
 * threads — the throughput ratio; then both at an offered load of {@code -Drate} (50) per
 * second, open loop, with their p50/p99 latency;</li>
 * <li>the month's indicators of one community holding 1,000,000 work orders (with steps
 * and return visits), generated in SQL.</li>
 * </ol>
 *
 * <pre>mvn -q -Pbench test-compile exec:java -Dbench=WorkOrderBench [-Drequests=4000 -Dclients=16 -Drate=50 -DopenRequests=3000 -Dorders=1000000 -DsqlTrace=true]</pre>
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
				System.out.printf("plain JDBC intake transactions: %s s, %s orders/s%n",
						BenchSupport.format(jdbcSeconds), BenchSupport.format(requests / jdbcSeconds));
				System.out.printf("API time / JDBC time: %s%n", BenchSupport.format(apiSeconds / jdbcSeconds));
				printCpu("intake", intakeCpu, requests);
				printCpu("plain JDBC intake transaction", baselineCpu, requests);

				// Open loop (issue 9 item 21): the same offered load for both paths.
				int rate = BenchSupport.intProperty("rate", 50);
				int openRequests = BenchSupport.intProperty("openRequests", rate * 60);
				long[] apiOpen = openLoop(openRequests, rate, clients,
						i -> post(http, base, token, body(community, unitIds.get(i % unitIds.size()), 100_000 + i)));
				ThreadLocal<BaselineIntake> perThread = ThreadLocal.withInitial(() -> {
					try {
						return new BaselineIntake(dataSource.getConnection());
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				});
				long[] jdbcOpen = openLoop(openRequests, rate, clients,
						i -> perThread.get().write(community, unitIds.get(i % unitIds.size()), i, "open"));
				System.out.printf("open loop, %d intakes at %d/s:%n", openRequests, rate);
				System.out.printf("  HTTP API intake: p50 %s ms, p99 %s ms, max %s ms%n",
						BenchSupport.format(BenchSupport.percentileMillis(apiOpen, 50)),
						BenchSupport.format(BenchSupport.percentileMillis(apiOpen, 99)),
						BenchSupport.format(BenchSupport.percentileMillis(apiOpen, 100)));
				System.out.printf("  plain JDBC transaction: p50 %s ms, p99 %s ms, max %s ms%n",
						BenchSupport.format(BenchSupport.percentileMillis(jdbcOpen, 50)),
						BenchSupport.format(BenchSupport.percentileMillis(jdbcOpen, 99)),
						BenchSupport.format(BenchSupport.percentileMillis(jdbcOpen, 100)));
				System.out.printf("  p50 ratio %s, p99 ratio %s%n",
						BenchSupport.format(BenchSupport.percentileMillis(apiOpen, 50)
								/ BenchSupport.percentileMillis(jdbcOpen, 50)),
						BenchSupport.format(BenchSupport.percentileMillis(apiOpen, 99)
								/ BenchSupport.percentileMillis(jdbcOpen, 99)));

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

	/**
	 * The same rows an intake writes, by plain JDBC, one transaction per order (issue 9
	 * item 21): the RESOLVE clock, the number of the day from the same counter row, the
	 * order, its first step and the audit entry, then commit. No access check, no unit
	 * look-up, no warranty decision, no JSON, no HTTP.
	 */
	static void baseline(DataSource dataSource, long community, List<Long> units, int n, int clients, String tag)
			throws Exception {
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				try (Connection con = dataSource.getConnection(); BaselineIntake intake = new BaselineIntake(con)) {
					for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
						intake.write(community, units.get(i % units.size()), i, tag);
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

	/** One plain-JDBC intake transaction on a connection of its own (prepared once). */
	static final class BaselineIntake implements AutoCloseable {

		private final Connection con;

		private final PreparedStatement id;

		private final PreparedStatement clock;

		private final PreparedStatement order;

		private final PreparedStatement audit;

		BaselineIntake(Connection con) throws Exception {
			this.con = con;
			con.setAutoCommit(false);
			this.id = con.prepareStatement("select nextval(pg_get_serial_sequence('work_order', 'id'))");
			this.clock = con.prepareStatement("""
					insert into deadline (community_id, subject_type, subject_id, kind, rule_key, started_at, due_at,
					  warn_at, state) values (?, 'WORK_ORDER', ?, 'RESOLVE', 'repair.resolve', ?, ?, ?, 'RUNNING')""");
			this.order = con.prepareStatement(
					"""
							with counter as (
							  insert into work_order_counter (community_id, day, last) values (?, current_date, 1)
							  on conflict (community_id, day) do update set last = work_order_counter.last + 1
							  returning last
							), new_order as (
							  insert into work_order (community_id, id, number, kind, status, unit_id, unit_label,
							    reporter_name, reporter_phone, description, convenient_time, category, warranty, due_at,
							    created_at, created_by)
							  overriding system value
							  values (?, ?, (select 'WB-' || lpad(last::text, greatest(4, length(last::text)), '0') from counter), 'IN_UNIT_REPAIR', 'RECEIVED',
							    ?, ?, ?, ?, ?, '晚上', 'SANITARY', 'PAID', ?, ?, 'bench')
							  returning community_id, id
							)
							insert into work_order_step (community_id, work_order_id, occurred_at, actor, action, to_status)
							select community_id, id, ?, 'bench', 'RECEIVE', 'RECEIVED' from new_order""");
			this.audit = con.prepareStatement("""
					insert into audit_log (community_id, occurred_at, actor, entity_type, entity_id, action, detail)
					values (?, ?, 'bench', 'WORK_ORDER', ?, 'CREATE', 'IN_UNIT_REPAIR')""");
		}

		void write(long community, long unit, int i, String tag) throws Exception {
			Timestamp now = Timestamp.from(Instant.now());
			Timestamp due = Timestamp.from(Instant.now().plus(Duration.ofDays(3)));
			long orderId;
			try (var rs = id.executeQuery()) {
				rs.next();
				orderId = rs.getLong(1);
			}
			clock.setLong(1, community);
			clock.setLong(2, orderId);
			clock.setTimestamp(3, now);
			clock.setTimestamp(4, due);
			clock.setTimestamp(5, due);
			clock.executeUpdate();
			order.setLong(1, community);
			order.setLong(2, community);
			order.setLong(3, orderId);
			order.setLong(4, unit);
			order.setString(5, "1-1-" + unit);
			order.setString(6, "业主" + i);
			order.setString(7, String.format("138%08d", i));
			order.setString(8, "厨房水龙头漏水 " + tag + i);
			order.setTimestamp(9, due);
			order.setTimestamp(10, now);
			order.setTimestamp(11, now);
			order.executeUpdate();
			audit.setLong(1, community);
			audit.setTimestamp(2, now);
			audit.setString(3, String.valueOf(orderId));
			audit.executeUpdate();
			con.commit();
		}

		@Override
		public void close() throws Exception {
			id.close();
			clock.close();
			order.close();
			audit.close();
		}

	}

	/**
	 * An open loop: {@code n} requests sent at {@code perSecond} whatever the answers,
	 * each latency counted from its scheduled send time (so a stall shows in every
	 * request it delays, not in one).
	 */
	static long[] openLoop(int n, int perSecond, int threads, OpenLoopCall call) throws Exception {
		long[] latencies = new long[n];
		ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> futures = java.util.Collections.synchronizedList(new ArrayList<>());
		CountDownLatch submitted = new CountDownLatch(n);
		long start = System.nanoTime() + 50_000_000L;
		long interval = 1_000_000_000L / perSecond;
		AtomicInteger next = new AtomicInteger();
		// the timer only hands each request to the pool at its time, whatever the answers
		timer.scheduleAtFixedRate(() -> {
			int index = next.getAndIncrement();
			if (index >= n) {
				return;
			}
			long scheduled = start + index * interval;
			futures.add(pool.submit(() -> {
				call.run(index);
				latencies[index] = System.nanoTime() - scheduled;
				return null;
			}));
			submitted.countDown();
		}, 50_000_000L, interval, TimeUnit.NANOSECONDS);
		try {
			submitted.await();
			for (Future<?> f : List.copyOf(futures)) {
				f.get();
			}
		}
		finally {
			timer.shutdownNow();
			pool.shutdownNow();
		}
		return latencies;
	}

	interface OpenLoopCall {

		void run(int i) throws Exception;

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
