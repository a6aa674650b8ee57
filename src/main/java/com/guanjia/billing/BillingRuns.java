package com.guanjia.billing;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
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
 * chunk by chunk. The steps are {@link BillingRun}'s.
 */
@Service
@NamedInterface("api")
public class BillingRuns {

	static final int CHUNK = 2000;

	private final BillingRunRepository repository;

	private final RunInputsLoader loader;

	private final RunWriter writer;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	private final Clock clock;

	BillingRuns(BillingRunRepository repository, RunInputsLoader loader, RunWriter writer, CommunityScope scope,
			AuditTrail audit, ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.repository = repository;
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
		BillingRun run = BillingRun.previewed(communityId, firstMonth, months, draft.units(), describe(draft),
				scope.actor(), clock.instant());
		tx.executeWithoutResult(status -> {
			repository.insert(run);
			audit.record(communityId, "billing-run", run.id(), "preview",
					firstMonth + " x" + months + " " + draft.total());
		});
		return new RunPreview(get(run.id()), draft.items(), draft.total(), draft.units(), draft.lines(),
				draft.existingLines(), draft.firstTimeUnits(), draft.heldReadings());
	}

	/**
	 * Writes the run's lines (or the rest of them, after an interruption) and issues the
	 * notices. Committing a committed run, or one another commit is finishing, answers
	 * the run as it is and issues nothing again.
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
		long c = get(runId).communityId();
		BillingRun run = tx.execute(status -> {
			BillingRun locked = repository.findForUpdate(c, runId).orElseThrow();
			if (!locked.isCommitted()) {
				locked.start();
				repository.save(locked);
			}
			return locked;
		});
		if (run.isCommitted()) {
			return run.toView();
		}
		RunInputsLoader.Loaded loaded = loader.load(c, run.firstMonth(), run.months());
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

	/**
	 * Commits the run once: a second commit that gets here after the first waits for its
	 * lock, finds the run committed and issues nothing.
	 */
	private RunView finish(long communityId, long runId) {
		return tx.execute(status -> {
			BillingRun run = repository.findForUpdate(communityId, runId).orElseThrow();
			if (run.isCommitted()) {
				return run.toView();
			}
			run.finish(clock.instant());
			repository.save(run);
			RunView done = run.toView();
			audit.record(communityId, "billing-run", runId, "commit", done.lines() + " lines " + done.total());
			run.events().forEach(events::publishEvent);
			return done;
		});
	}

	public List<RunView> runs(long communityId) {
		scope.require(Permission.FEE_READ);
		scope.require(communityId);
		return repository.recent(communityId).stream().map(BillingRun::toView).toList();
	}

	public RunView get(long runId) {
		scope.require(Permission.FEE_READ);
		return repository.find(scope.allowedIds(), runId)
			.map(BillingRun::toView)
			.orElseThrow(() -> new NotFoundException("billing-run", runId));
	}

	private static String describe(RunPreview preview) {
		StringBuilder s = new StringBuilder("TOTAL=" + preview.total() + ";");
		for (RunPreview.ItemTotal t : preview.items()) {
			s.append(t.item()).append('=').append(t.amount()).append(';');
		}
		return s.toString();
	}

}
