package com.guanjia.billing;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.guanjia.estate.UnitState;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15 item 2, decision 0007: two commits of one billing run at the same moment (two
 * finance clerks, or a double click) write every line once, and the run is committed and
 * its notices issued once (R6.3).
 */
@GuanjiaTest
class BillingRunRaceTests {

	static final int UNITS = 23;

	@Autowired
	BillingRuns runs;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	@Autowired
	JdbcClient jdbc;

	@Test
	void r6_3_twoCommitsOfOneRunAtOnceWriteItOnceAndIssueItsNoticesOnce() throws Exception {
		long community = fixtures.community("并发出账小区").id();
		long building = fixtures.building(community, "2").id();
		for (int i = 0; i < UNITS; i++) {
			fees.unit(community, building, String.valueOf(201 + i), "60.00", UnitState.OCCUPIED,
					LocalDate.of(2020, 1, 1));
		}
		StaffUser first = fixtures.staff(Role.FINANCE, community);
		StaffUser second = fixtures.staff(Role.FINANCE, community);
		for (YearMonth month = YearMonth.of(2026, 6); !month.isAfter(YearMonth.of(2026, 11)); month = month
			.plusMonths(1)) {
			YearMonth m = month;
			long runId = as(first, () -> runs.preview(community, m, 1)).run().id();
			// chunks of 4 units: six chunks, so the two commits interleave
			List<Object> results = race(List.of(first, second),
					who -> as(who, () -> runs.execute(runId, Integer.MAX_VALUE, 4)));
			assertThat(results).as(m + ": both answer the committed run")
				.allSatisfy(r -> assertThat(r).isInstanceOfSatisfying(RunView.class,
						v -> assertThat(v.status()).isEqualTo(RunView.RunStatus.COMMITTED)));
			RunView run = as(first, () -> runs.get(runId));
			// one management line per unit: 60.00 m² × 1.50 = 90.00
			assertThat(count("select count(*) from bill_line where community_id = ? and run_id = ?", community, runId))
				.as(m + ": lines")
				.isEqualTo(UNITS);
			assertThat(count("""
					select count(*) from ledger_entry e join bill_line l on l.community_id = e.community_id
					  and l.id = e.bill_line_id where e.community_id = ? and l.run_id = ? and e.kind = 'CHARGE'""",
					community, runId))
				.as(m + ": charges")
				.isEqualTo(UNITS);
			assertThat(run.lines()).isEqualTo(UNITS);
			assertThat(run.total()).isEqualByComparingTo(new BigDecimal("90.00").multiply(BigDecimal.valueOf(UNITS)));
			assertThat(count("select count(*) from bill_line where community_id = ? and period = ?", community,
					Date.valueOf(m.atDay(1))))
				.isEqualTo(UNITS);
			// committed once: one audit entry, one notice event
			assertThat(count("""
					select count(*) from audit_log where community_id = ? and entity_type = 'billing-run'
					  and entity_id = ? and action = 'commit'""", community, String.valueOf(runId))).as(m + ": commits")
				.isEqualTo(1);
			assertThat(count("""
					select count(*) from event_publication where event_type like '%PaymentNoticesIssued'
					  and serialized_event like ?""", "%\"runId\":" + runId + ",%")).as(m + ": notices issued")
				.isEqualTo(1);
		}
	}

	int count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Integer.class).single();
	}

	interface Work {

		Object run(StaffUser who) throws Exception;

	}

	static List<Object> race(List<StaffUser> people, Work work) throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(people.size());
		try {
			CountDownLatch ready = new CountDownLatch(people.size());
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Object>> futures = new ArrayList<>();
			for (StaffUser who : people) {
				futures.add(pool.submit((Callable<Object>) () -> {
					ready.countDown();
					start.await();
					return work.run(who);
				}));
			}
			ready.await();
			start.countDown();
			List<Object> results = new ArrayList<>();
			for (Future<Object> f : futures) {
				try {
					results.add(f.get());
				}
				catch (ExecutionException ex) {
					results.add(ex.getCause());
				}
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

}
