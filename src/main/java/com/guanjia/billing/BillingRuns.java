package com.guanjia.billing;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import com.guanjia.billing.BillingEvents.PaymentNoticesIssued;
import com.guanjia.billing.RunView.RunStatus;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Monthly or quarterly billing runs of a community (R6.3). A run is first previewed
 * (nothing is written but the run's record), then committed in chunks of units, each
 * chunk in its own transaction together with the run's cursor. Bill lines are unique per
 * unit, item and month and inserted set-based with {@code on conflict do nothing}, so
 * running again, or resuming a run that was killed half-way, never adds a second line.
 * Unlike other services this one is not one transaction: a run over 200,000 units commits
 * chunk by chunk.
 */
@Service
public class BillingRuns {

	static final int CHUNK = 2000;

	private final JdbcClient jdbc;

	private final RunInputsLoader loader;

	private final RunWriter writer;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	private final Clock clock;

	BillingRuns(JdbcClient jdbc, RunInputsLoader loader, RunWriter writer, CommunityScope scope, AuditTrail audit,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.loader = loader;
		this.writer = writer;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.tx = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Computes what a run would charge and records the run as a preview; writes no line.
	 */
	public RunPreview preview(long communityId, YearMonth firstMonth, int months) {
		scope.require(Permission.FEE_ADMIN);
		scope.require(communityId);
		Problems p = new Problems();
		p.required("firstMonth", firstMonth);
		p.check(months == 1 || months == 3, "months", "billing.months");
		p.throwIfAny();
		RunInputsLoader.Loaded loaded = loader.load(communityId, firstMonth, months);
		RunPreview draft = loader.summarize(communityId, loaded, firstMonth, months);
		long id = tx.execute(status -> {
			long runId = jdbc.sql("""
					insert into billing_run (community_id, first_month, months, status, units, lines, total, preview,
					  started_by, created_at) values (?, ?, ?, 'PREVIEW', ?, 0, 0, ?, ?, ?) returning id""")
				.params(communityId, Date.valueOf(firstMonth.atDay(1)), months, draft.units(), describe(draft),
						scope.actor(), now())
				.query(Long.class)
				.single();
			audit.record(communityId, "billing-run", runId, "preview",
					firstMonth + " x" + months + " " + draft.total());
			return runId;
		});
		return new RunPreview(get(id), draft.items(), draft.total(), draft.units(), draft.lines(),
				draft.existingLines(), draft.firstTimeUnits(), draft.heldReadings());
	}

	/**
	 * Writes the run's lines (or the rest of them, after an interruption) and issues the
	 * notices.
	 */
	public RunView commit(long runId) {
		return execute(runId, Integer.MAX_VALUE, CHUNK);
	}

	/**
	 * Processes at most {@code maxChunks} chunks: a test stands in for a crash by
	 * stopping early.
	 */
	RunView execute(long runId, int maxChunks, int chunkSize) {
		scope.require(Permission.FEE_ADMIN);
		RunView run = get(runId);
		if (run.status() == RunStatus.COMMITTED) {
			return run;
		}
		long c = run.communityId();
		tx.executeWithoutResult(status -> jdbc.sql(
				"update billing_run set status = 'RUNNING', version = version + 1 where community_id = ? and id = ? and status <> 'COMMITTED'")
			.params(c, runId)
			.update());
		YearMonth first = YearMonth.from(run.firstMonth());
		RunInputsLoader.Loaded loaded = loader.load(c, first, run.months());
		RunCalculator calculator = new RunCalculator(loaded.inputs());
		String actor = scope.actor();
		for (int chunk = 0; chunk < maxChunks; chunk++) {
			Boolean more = tx
				.execute(status -> writer.writeNextChunk(c, runId, loaded.units(), calculator, actor, chunkSize));
			if (!Boolean.TRUE.equals(more)) {
				return finish(c, runId);
			}
		}
		return get(runId);
	}

	private RunView finish(long communityId, long runId) {
		RunView done = tx.execute(status -> {
			jdbc.sql("""
					update billing_run set status = 'COMMITTED', committed_at = ?, version = version + 1
					where community_id = ? and id = ? and status = 'RUNNING'""")
				.params(now(), communityId, runId)
				.update();
			RunView run = get(runId);
			audit.record(communityId, "billing-run", runId, "commit", run.lines() + " lines " + run.total());
			events.publishEvent(new PaymentNoticesIssued(communityId, runId, run.firstMonth(), run.months(),
					run.units(), run.total()));
			return run;
		});
		return done;
	}

	public List<RunView> runs(long communityId) {
		scope.require(Permission.FEE_READ);
		scope.require(communityId);
		return jdbc.sql("select * from billing_run where community_id = ? order by id desc limit 50")
			.param(communityId)
			.query(BillingRuns::map)
			.list();
	}

	public RunView get(long runId) {
		scope.require(Permission.FEE_READ);
		return jdbc.sql("select * from billing_run where community_id = any(?) and id = ?")
			.params(scope.allowedIds().toArray(Long[]::new), runId)
			.query(BillingRuns::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("billing-run", runId));
	}

	private static String describe(RunPreview preview) {
		StringBuilder s = new StringBuilder("TOTAL=" + preview.total() + ";");
		for (RunPreview.ItemTotal t : preview.items()) {
			s.append(t.item()).append('=').append(t.amount()).append(';');
		}
		return s.toString();
	}

	static RunView map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime committed = rs.getObject("committed_at", OffsetDateTime.class);
		return new RunView(rs.getLong("id"), rs.getLong("community_id"), rs.getDate("first_month").toLocalDate(),
				rs.getInt("months"), RunStatus.valueOf(rs.getString("status")), rs.getInt("units"), rs.getInt("lines"),
				rs.getBigDecimal("total"), rs.getString("preview"), rs.getString("started_by"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				committed == null ? null : committed.toInstant());
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

}
