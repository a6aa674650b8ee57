package com.guanjia.bench;

import java.sql.Connection;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import com.guanjia.billing.BillingRuns;
import com.guanjia.billing.RunProfile;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 9 item 21: where a billing run's commit spends its time, against the SQL
 * statement of {@link BillingBench} on the same community. Times each phase of a commit
 * (load, Java computation, the chunk inserts, credit, cursor), then EXPLAIN ANALYZEs
 * (rolled back) the whole month's line and charge writes as single statements, so the
 * insert, its index maintenance and its foreign-key triggers show separately.
 *
 * <pre>mvn -q -Pbench test-compile exec:java -Dbench=BillingProfile [-Dunits=50000]</pre>
 */
public final class BillingProfile {

	public static void main(String[] args) throws Exception {
		int unitCount = BenchSupport.intProperty("units", 50_000);
		try (ConfigurableApplicationContext app = EstateBench.start()) {
			BillingBench.signIn(new StaffUser(0, "bench", "bench", null, Set.of(Role.ADMIN), true));
			DataSource dataSource = app.getBean(DataSource.class);
			JdbcClient jdbc = JdbcClient.create(dataSource);
			TransactionTemplate tx = app.getBean(TransactionTemplate.class);
			try (Connection con = dataSource.getConnection(); Statement st = con.createStatement()) {
				st.execute("create table bill_line_baseline (like bill_line including all)");
			}
			long c = BillingBench.setUp(app, jdbc, tx, "PROF", unitCount);
			long warm = BillingBench.setUp(app, jdbc, tx, "WARM", unitCount);
			jdbc.sql("analyze").update();
			BillingRuns runs = app.getBean(BillingRuns.class);
			BillingBench.baseline(jdbc, warm, YearMonth.of(2026, 10));
			jdbc.sql("truncate bill_line_baseline").update();
			runs.commit(runs.preview(warm, YearMonth.of(2026, 10), 1).run().id());
			BillingBench.settle(jdbc, "October");
			System.out.println("uptime: " + load());

			jdbc.sql("truncate bill_line_baseline").update();
			long t = System.nanoTime();
			int rows = BillingBench.baseline(jdbc, c, BillingBench.MONTH);
			double sql = (System.nanoTime() - t) / 1e9;
			System.out.printf("SQL statement: %d rows in %s s%n", rows, BenchSupport.format(sql));

			t = System.nanoTime();
			runs.preview(c, BillingBench.MONTH, 1);
			System.out.printf("preview: %s s%n", BillingBench.secs(t));

			t = System.nanoTime();
			RunProfile.Phases p = RunProfile.commit(app, c, BillingBench.MONTH, "bench");
			double total = (System.nanoTime() - t) / 1e9;
			System.out.printf(
					"profiled commit (%d lines, %d chunks): %s s = preview inside %s; load %s s, compute %s s, "
							+ "insert lines+charges %s s, credit %s s, cursor %s s%n",
					p.lines(), p.chunks(), BenchSupport.format(total), "(not counted)", s(p.load()), s(p.compute()),
					s(p.insert()), s(p.credit()), s(p.cursor()));
			BillingBench.settle(jdbc, "November");
			long run = jdbc.sql("select max(id) from billing_run where community_id = ?")
				.param(c)
				.query(Long.class)
				.single();

			// the whole month's writes again as single statements, explained and rolled
			// back
			explain(tx, jdbc, "lines (rebill 1, the same rows)", """
					insert into bill_line (community_id, unit_id, building_id, item, period, origin, run_id, quantity,
					  rate, amount, detail, due_date, created_at, rebill)
					select community_id, unit_id, building_id, item, period, origin, run_id, quantity, rate, amount,
					  detail, due_date, created_at, 1
					from bill_line where community_id = %d and run_id = %d""".formatted(c, run));
			explain(tx, jdbc, "charges of the run's lines", """
					insert into ledger_entry (community_id, unit_id, kind, amount, bill_line_id, ref_type, ref_id,
					  created_at, created_by)
					select community_id, unit_id, 'CHARGE', amount, id, 'RUN', run_id, now(), 'bench'
					from bill_line where community_id = %d and run_id = %d""".formatted(c, run));
			System.out.println("uptime: " + load());
		}
	}

	private static void explain(TransactionTemplate tx, JdbcClient jdbc, String what, String sql) {
		tx.executeWithoutResult(status -> {
			List<String> plan = jdbc.sql("explain (analyze, buffers, wal) " + sql).query(String.class).list();
			System.out.println("EXPLAIN ANALYZE — " + what + ":");
			plan.forEach(line -> System.out.println("  " + line));
			status.setRollbackOnly();
		});
	}

	static String load() {
		try {
			return "load average " + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
		}
		catch (java.io.IOException ex) {
			return "load unknown";
		}
	}

	private static String s(long nanos) {
		return BenchSupport.format(nanos / 1e9);
	}

	private BillingProfile() {
	}

}
