package com.guanjia.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.guanjia.billing.BillingRuns;
import com.guanjia.billing.ChargeItem;
import com.guanjia.billing.ChargeStandardCommand;
import com.guanjia.billing.ChargeStandards;
import com.guanjia.billing.Ledger;
import com.guanjia.billing.RunPreview;
import com.guanjia.billing.RunView;
import com.guanjia.cashier.Cashier;
import com.guanjia.cashier.PaymentCommand;
import com.guanjia.cashier.PaymentMethod;
import com.guanjia.estate.CommunityCommand;
import com.guanjia.estate.CommunityManagement;
import com.guanjia.estate.UnitCommand;
import com.guanjia.estate.UnitImportRow;
import com.guanjia.estate.UnitKind;
import com.guanjia.estate.UnitBulkImport;
import com.guanjia.estate.UnitState;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 4: a monthly billing run over one community of 200,000 units (management fee with
 * handover proration and the custodial share, water and electricity by meter, shared
 * electricity per building and shared water over the community, apportioned by largest
 * remainder) against one set-based SQL statement computing the same lines into a plain
 * table; then payment throughput with 8 concurrent cashiers.
 *
 * Three rounds (one community each), the median ratio reported (issue 9 item 21).
 *
 * <pre>mvn -q -Pbench test-compile exec:java -Dbench=BillingBench [-Dunits=200000 -Dpayments=4000 -Drounds=3]</pre>
 */
public final class BillingBench {

	static final YearMonth MONTH = YearMonth.of(2026, 11);

	public static void main(String[] args) throws Exception {
		int unitCount = BenchSupport.intProperty("units", 200_000);
		int payments = BenchSupport.intProperty("payments", 4000);
		try (ConfigurableApplicationContext app = EstateBench.start()) {
			signIn(new StaffUser(0, "bench", "bench", null, Set.of(Role.ADMIN), true));
			DataSource dataSource = app.getBean(DataSource.class);
			JdbcClient jdbc = JdbcClient.create(dataSource);
			TransactionTemplate tx = app.getBean(TransactionTemplate.class);
			int rounds = BenchSupport.intProperty("rounds", 3);
			try (Connection con = dataSource.getConnection(); Statement st = con.createStatement()) {
				st.execute("create table bill_line_baseline (like bill_line including all)");
			}
			// One community per measured round (setup is not measured), so each round
			// bills
			// a November that no run has touched.
			List<Long> communities = new ArrayList<>();
			for (int k = 1; k <= rounds; k++) {
				communities.add(setUp(app, jdbc, tx, "BILL" + k, unitCount));
			}
			long first = setUp(app, jdbc, tx, "WARM", unitCount);
			jdbc.sql("analyze").update();

			// warm-up of both paths (JIT, caches) on October of a community of its own
			BillingRuns runs = app.getBean(BillingRuns.class);
			baseline(jdbc, first, YearMonth.of(2026, 10));
			jdbc.sql("truncate bill_line_baseline").update();
			long t = System.nanoTime();
			RunView october = runs.commit(runs.preview(first, YearMonth.of(2026, 10), 1).run().id());
			System.out.printf("warm-up: October run, %d lines in %s s%n", october.lines(), secs(t));
			settle(jdbc, "October");

			double[] commitRatios = new double[rounds];
			double[] totalRatios = new double[rounds];
			for (int k = 0; k < rounds; k++) {
				long c = communities.get(k);
				jdbc.sql("truncate bill_line_baseline").update();
				t = System.nanoTime();
				int baselineRows = baseline(jdbc, c, MONTH);
				double sqlSeconds = (System.nanoTime() - t) / 1e9;

				t = System.nanoTime();
				RunPreview preview = runs.preview(c, MONTH, 1);
				double previewSeconds = (System.nanoTime() - t) / 1e9;
				t = System.nanoTime();
				RunView run = runs.commit(preview.run().id());
				double commitSeconds = (System.nanoTime() - t) / 1e9;
				settle(jdbc, "November");

				var same = jdbc
					.sql("""
							select (select count(*) from bill_line where community_id = :c and period = :p)
							     = (select count(*) from bill_line_baseline)
							  and not exists (select unit_id, item, amount from bill_line_baseline
							                  except select unit_id, item, amount from bill_line where community_id = :c and period = :p)
							  and (select count(*) from ledger_entry where community_id = :c and kind = 'CHARGE' and ref_id = :run)
							     = (select count(*) from bill_line where community_id = :c and period = :p)""")
					.param("c", c)
					.param("p", MONTH.atDay(1))
					.param("run", run.id())
					.query(Boolean.class)
					.single();
				commitRatios[k] = commitSeconds / sqlSeconds;
				totalRatios[k] = (previewSeconds + commitSeconds) / sqlSeconds;
				System.out.printf(
						"round %d — units: %d; lines: run %d, SQL %d; total %s; identical lines, one charge each: %s%n",
						k + 1, unitCount, run.lines(), baselineRows, run.total(), same);
				System.out.printf("  single set-based SQL statement: %s s%n", BenchSupport.format(sqlSeconds));
				System.out.printf("  billing run: preview %s s + commit %s s = %s s%n",
						BenchSupport.format(previewSeconds), BenchSupport.format(commitSeconds),
						BenchSupport.format(previewSeconds + commitSeconds));
				System.out.printf("  commit / SQL: %s; (preview + commit) / SQL: %s%n",
						BenchSupport.format(commitRatios[k]), BenchSupport.format(totalRatios[k]));
			}
			java.util.Arrays.sort(commitRatios);
			java.util.Arrays.sort(totalRatios);
			System.out.printf("median of %d rounds — commit / SQL: %s; (preview + commit) / SQL: %s%n", rounds,
					BenchSupport.format(commitRatios[rounds / 2]), BenchSupport.format(totalRatios[rounds / 2]));

			long c = communities.get(0);
			payments(app, c, payments);
		}
	}

	/**
	 * One community of {@code unitCount} units with its standards, meters and readings.
	 */
	static long setUp(ConfigurableApplicationContext app, JdbcClient jdbc, TransactionTemplate tx, String code,
			int unitCount) {
		long c = app.getBean(CommunityManagement.class)
			.create(new CommunityCommand(code, "计费基准小区" + code, null, "Asia/Shanghai", new BigDecimal("1.50")))
			.id();
		List<UnitImportRow> rows = units(new Random(20261130), unitCount);
		long t = System.nanoTime();
		tx.executeWithoutResult(s -> app.getBean(UnitBulkImport.class).importUnits(c, rows));
		System.out.printf("setup %s: %d units imported in %s s%n", code, unitCount, secs(t));
		ChargeStandards standards = app.getBean(ChargeStandards.class);
		LocalDate from = LocalDate.of(2026, 1, 1);
		standards.define(c, new ChargeStandardCommand(ChargeItem.WATER, from, new BigDecimal("3.50"), null, null));
		standards.define(c,
				new ChargeStandardCommand(ChargeItem.ELECTRICITY, from, new BigDecimal("0.68"), null, null));
		standards.define(c,
				new ChargeStandardCommand(ChargeItem.SHARED_WATER, from, new BigDecimal("3.50"), null, null));
		standards.define(c,
				new ChargeStandardCommand(ChargeItem.SHARED_ELECTRICITY, from, new BigDecimal("0.68"), null, null));
		t = System.nanoTime();
		meters(jdbc, c);
		System.out.printf("setup %s: meters and readings in %s s%n", code, secs(t));
		return c;
	}

	/**
	 * Waits for the listeners of a committed run (the payment notices, which page through
	 * every bill of the run after the commit) so they do not run beside the next
	 * measurement; prints how long they took.
	 */
	static void settle(JdbcClient jdbc, String month) {
		long t = System.nanoTime();
		BenchSupport.awaitListeners(jdbc, Duration.ofMinutes(10));
		System.out.printf("  %s run's listeners (payment notices) finished %s s after its commit%n", month, secs(t));
	}

	/**
	 * 8 cashiers, each paying whole units (all their open lines) by transfer, as fast as
	 * they can.
	 */
	static void payments(ConfigurableApplicationContext app, long c, int count) throws Exception {
		Cashier cashier = app.getBean(Cashier.class);
		Ledger ledger = app.getBean(Ledger.class);
		List<Long> unitIds = JdbcClient.create(app.getBean(DataSource.class))
			.sql("select distinct unit_id from bill_line where community_id = ? order by unit_id limit ?")
			.params(c, count)
			.query(Long.class)
			.list();
		int cashiers = 8;
		ExecutorService pool = Executors.newFixedThreadPool(cashiers);
		List<Future<long[]>> futures = new ArrayList<>();
		long t = System.nanoTime();
		for (int k = 0; k < cashiers; k++) {
			int index = k;
			futures.add(pool.submit(() -> {
				signIn(new StaffUser(1000 + index, "cashier" + index, "cashier" + index, null, Set.of(Role.ADMIN),
						true));
				List<Long> latencies = new ArrayList<>();
				for (int i = index; i < unitIds.size(); i += cashiers) {
					long unitId = unitIds.get(i);
					long s = System.nanoTime();
					List<Long> lines = ledger.lines(unitId, true).stream().map(l -> l.id()).toList();
					cashier.pay(new PaymentCommand(unitId, lines, PaymentMethod.TRANSFER, null, null, null,
							UUID.randomUUID().toString()));
					latencies.add(System.nanoTime() - s);
				}
				return latencies.stream().mapToLong(Long::longValue).toArray();
			}));
		}
		List<Long> all = new ArrayList<>();
		for (Future<long[]> f : futures) {
			for (long l : f.get()) {
				all.add(l);
			}
		}
		double seconds = (System.nanoTime() - t) / 1e9;
		pool.shutdown();
		long[] nanos = all.stream().mapToLong(Long::longValue).toArray();
		long max = JdbcClient.create(app.getBean(DataSource.class))
			.sql("select max(number) from receipt where community_id = ?")
			.param(c)
			.query(Long.class)
			.single();
		System.out.printf(
				"payments: %d by 8 cashiers in %s s = %s payments/s; p50 %s ms, p95 %s ms; last receipt no. %d%n",
				nanos.length, BenchSupport.format(seconds), BenchSupport.format(nanos.length / seconds),
				BenchSupport.format(BenchSupport.percentileMillis(nanos, 50)),
				BenchSupport.format(BenchSupport.percentileMillis(nanos, 95)), max);
	}

	static void signIn(StaffUser user) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
	}

	/**
	 * 1,000 buildings of 200 units; 70% occupied, 10% vacant, 10% custodial, 5% rented,
	 * 5% unsold.
	 */
	static List<UnitImportRow> units(Random random, int count) {
		List<UnitImportRow> rows = new ArrayList<>(count);
		String[] areas = { "89.50", "120.35", "76.80", "143.20", "65.25" };
		for (int i = 0; i < count; i++) {
			int building = i / 200 + 1;
			int p = random.nextInt(100);
			UnitState state = p < 70 ? UnitState.OCCUPIED : p < 80 ? UnitState.VACANT
					: p < 90 ? UnitState.CUSTODIAL : p < 95 ? UnitState.RENTED : UnitState.UNSOLD;
			// handovers from 2019 to the end of November 2026, so some are prorated this
			// month
			LocalDate handover = state == UnitState.UNSOLD ? null
					: LocalDate.of(2019, 1, 1).plusDays(random.nextInt(2890));
			rows.add(new UnitImportRow(i + 1, String.valueOf(building), building + "栋",
					new UnitCommand(null, "1", String.valueOf(i % 200 + 101), UnitKind.RESIDENCE, null,
							new BigDecimal(areas[random.nextInt(areas.length)]), state, handover)));
		}
		return rows;
	}

	/**
	 * Meter setup straight in SQL (setup only, not measured): a water and an electricity
	 * meter per unit with a base reading and an October and a November reading, a public
	 * electricity meter per building and one public water meter for the community.
	 */
	static void meters(JdbcClient jdbc, long c) {
		jdbc.sql(
				"""
						insert into meter (community_id, kind, code, unit_id, building_id, created_at)
						select community_id, k, k || '-' || id, id, null, now() from unit, unnest(array['WATER','ELECTRICITY']) k
						where community_id = ?""")
			.param(c)
			.update();
		jdbc.sql(
				"""
						insert into meter (community_id, kind, code, unit_id, building_id, created_at)
						select community_id, 'ELECTRICITY', 'PE-' || id, null, id, now() from building where community_id = ?""")
			.param(c)
			.update();
		jdbc.sql("insert into meter (community_id, kind, code, created_at) values (?, 'WATER', 'PW', now())")
			.param(c)
			.update();
		jdbc.sql(
				"""
						insert into meter_reading (community_id, meter_id, kind, period, reading, previous, consumption, status,
						  read_on, source, entered_by, created_at)
						select community_id, id, 'BASE', null, 1000, null, null, 'OK', date '2026-01-01', 'IMPORT', 'bench', now()
						from meter where community_id = ?""")
			.param(c)
			.update();
		jdbc.sql(
				"""
						insert into meter_reading (community_id, meter_id, kind, period, reading, previous, consumption, status,
						  read_on, source, entered_by, created_at)
						select m.community_id, m.id, 'REGULAR', p.period, 1000 + p.used, 1000, p.used, 'OK', p.period + 30, 'IMPORT',
						  'bench', now()
						from meter m cross join lateral (values
						  (date '2026-10-01', case when m.unit_id is null then 1234.5 + m.id % 700 else 5 + m.id % 37 end),
						  (date '2026-11-01', case when m.unit_id is null then 1234.5 + m.id % 900 else 3 + m.id % 41 end)) p(period, used)
						where m.community_id = ?""")
			.param(c)
			.update();
	}

	/**
	 * The same lines in one INSERT … SELECT: management fee (prorated by the handover
	 * day, custodial 70%, half-up per line), water and electricity at a flat price,
	 * shared electricity per building and shared water over the community by largest
	 * remainder.
	 */
	static int baseline(JdbcClient jdbc, long c, YearMonth month) {
		return jdbc
			.sql("""
					insert into bill_line_baseline (community_id, unit_id, building_id, item, period, origin, quantity, rate,
					  amount, due_date, created_at)
					with u as (
					  select id, building_id, building_area as area, state, handover_date as h from unit
					  where community_id = :c and state <> 'UNSOLD' and handover_date is not null and handover_date <= :last
					), fee as (
					  select id, building_id, 'MANAGEMENT' as item, area as q, 1.5 as rate,
					    round(area * 1.5 * (:last - greatest(h, :first) + 1)
					      * (case when state = 'CUSTODIAL' then 70 else 100 end) / (:days * 100.0), 2) as amount
					  from u
					), own as (
					  select u.id, u.building_id, case m.kind when 'WATER' then 'WATER' else 'ELECTRICITY' end as item,
					    r.consumption as q, case m.kind when 'WATER' then 3.5 else 0.68 end as rate,
					    round(r.consumption * case m.kind when 'WATER' then 3.5 else 0.68 end, 2) as amount
					  from meter_reading r
					  join meter m on m.community_id = r.community_id and m.id = r.meter_id
					  join u on u.id = m.unit_id
					  where r.community_id = :c and r.period = :first and r.kind = 'REGULAR' and r.status in ('OK', 'CONFIRMED')
					), pub as (
					  select m.building_id, case m.kind when 'WATER' then 'SHARED_WATER' else 'SHARED_ELECTRICITY' end as item,
					    round(r.consumption * case m.kind when 'WATER' then 3.5 else 0.68 end, 2) * 100 as cost_fen
					  from meter_reading r join meter m on m.community_id = r.community_id and m.id = r.meter_id
					  where r.community_id = :c and r.period = :first and r.kind = 'REGULAR' and m.unit_id is null
					    and r.status in ('OK', 'CONFIRMED')
					), scoped as (
					  select u.id, u.building_id, u.area, p.item, p.cost_fen, p.building_id as scope
					  from pub p join u on u.building_id = p.building_id
					  union all
					  select u.id, u.building_id, u.area, p.item, p.cost_fen, 0 from pub p cross join u where p.building_id is null
					), parts as (
					  select id, building_id, item, area, cost_fen, scope,
					    floor(cost_fen * area / sum(area) over w) as fen,
					    mod(cost_fen * area, sum(area) over w) / sum(area) over w as remainder
					  from scoped
					  window w as (partition by item, scope)
					), ranked as (
					  select *, row_number() over (partition by item, scope order by remainder desc, id) as rn,
					    cost_fen - sum(fen) over (partition by item, scope) as leftover
					  from parts
					), shared as (
					  select id, building_id, item, sum(area) as q, 0 as rate,
					    sum(fen + case when rn <= leftover then 1 else 0 end) / 100.0 as amount
					  from ranked group by id, building_id, item
					)
					select :c, id, building_id, item, :first, 'RUN', q, rate, amount, :due, now()
					from (select * from fee union all select * from own union all select * from shared) lines
					where amount > 0""")
			.param("c", c)
			.param("first", month.atDay(1))
			.param("last", month.atEndOfMonth())
			.param("days", month.lengthOfMonth())
			.param("due", month.atEndOfMonth().plusDays(15))
			.update();
	}

	static String secs(long start) {
		return BenchSupport.format((System.nanoTime() - start) / 1e9);
	}

	private BillingBench() {
	}

}
