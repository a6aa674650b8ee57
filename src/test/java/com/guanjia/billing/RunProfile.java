package com.guanjia.billing;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.billing.RunCalculator.LineDraft;
import com.guanjia.billing.RunCalculator.UnitFacts;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bench-only (issue 9 item 21): a billing run's commit taken apart, each phase timed on
 * its own — loading the inputs, computing the lines in Java, the lines' and charges'
 * inserts, applying credit, moving the cursor — with the same components and chunk size
 * the run uses. Called by {@code com.guanjia.bench.BillingProfile}.
 */
public final class RunProfile {

	private RunProfile() {
	}

	/** Times of one profiled commit, in nanoseconds. */
	public record Phases(long load, long compute, long insert, long credit, long cursor, int lines, int chunks) {
	}

	public static Phases commit(ApplicationContext app, long communityId, YearMonth month, String actor) {
		BillingRuns runs = app.getBean(BillingRuns.class);
		RunInputsLoader loader = app.getBean(RunInputsLoader.class);
		RunWriter writer = app.getBean(RunWriter.class);
		Ledger ledger = app.getBean(Ledger.class);
		BillingRunRepository repository = app.getBean(BillingRunRepository.class);
		TransactionTemplate tx = app.getBean(TransactionTemplate.class);
		long runId = runs.preview(communityId, month, 1).run().id();
		tx.executeWithoutResult(s -> {
			BillingRun run = repository.findForUpdate(communityId, runId).orElseThrow();
			run.start();
			repository.save(run);
		});
		long t = System.nanoTime();
		RunInputsLoader.Loaded loaded = loader.load(communityId, month, 1);
		long load = System.nanoTime() - t;
		RunCalculator calculator = new RunCalculator(loaded.inputs());
		List<UnitFacts> units = loaded.units();
		long[] time = new long[4];
		int[] lines = new int[1];
		int chunks = 0;
		for (int from = 0; from < units.size(); from += BillingRuns.CHUNK) {
			List<UnitFacts> chunk = units.subList(from, Math.min(units.size(), from + BillingRuns.CHUNK));
			chunks++;
			tx.executeWithoutResult(s -> {
				long a = System.nanoTime();
				repository.lockCursor(communityId, runId);
				List<LineDraft> drafts = new ArrayList<>();
				for (UnitFacts unit : chunk) {
					drafts.addAll(calculator.lines(unit));
				}
				long b = System.nanoTime();
				RunWriter.Written written = writer.insert(communityId, runId, drafts, actor);
				long c = System.nanoTime();
				ledger.applyCredit(communityId, chunk.stream().map(UnitFacts::id).toList(), actor);
				long d = System.nanoTime();
				repository.advance(communityId, runId, chunk.get(chunk.size() - 1).id(), written.lines(),
						written.total());
				long e = System.nanoTime();
				time[0] += b - a;
				time[1] += c - b;
				time[2] += d - c;
				time[3] += e - d;
				lines[0] += written.lines();
			});
		}
		return new Phases(load, time[0], time[1], time[2], time[3], lines[0], chunks);
	}

}
