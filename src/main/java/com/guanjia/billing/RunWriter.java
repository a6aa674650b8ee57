package com.guanjia.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.billing.RunCalculator.LineDraft;
import com.guanjia.billing.RunCalculator.UnitFacts;
import com.guanjia.platform.db.SqlTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes one chunk of a billing run inside the caller's transaction: locks the run,
 * continues after its cursor, inserts the chunk's lines and, after them, their ledger
 * charges in one set-based statement (lines that exist already are skipped by the unique
 * key, unless their charge was reversed: then the line is billed again with the next
 * rebill number), applies credit, and moves the cursor. A crash loses at most the chunk
 * in flight, which the resumed run writes again.
 */
@Component
class RunWriter {

	private final JdbcClient jdbc;

	private final BillingRunRepository runs;

	private final Ledger ledger;

	private final Clock clock;

	RunWriter(JdbcClient jdbc, BillingRunRepository runs, Ledger ledger, Clock clock) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.ledger = ledger;
		this.clock = clock;
	}

	/** Returns false when no unit is left after the cursor. */
	boolean writeNextChunk(long communityId, long runId, List<UnitFacts> units, RunCalculator calculator, String actor,
			int chunkSize) {
		long cursor = runs.lockCursor(communityId, runId);
		int from = firstAfter(units, cursor);
		if (from >= units.size()) {
			return false;
		}
		List<UnitFacts> chunk = units.subList(from, Math.min(units.size(), from + chunkSize));
		List<LineDraft> lines = new ArrayList<>();
		for (UnitFacts unit : chunk) {
			lines.addAll(calculator.lines(unit));
		}
		Written written = insert(communityId, runId, lines, actor);
		ledger.applyCredit(communityId, chunk.stream().map(UnitFacts::id).toList(), actor);
		runs.advance(communityId, runId, chunk.get(chunk.size() - 1).id(), written.lines(), written.total());
		return true;
	}

	/** How many lines a chunk wrote and their total. */
	record Written(int lines, BigDecimal total) {
	}

	/**
	 * Inserts the lines and, for each line actually inserted, its CHARGE entry, in one
	 * statement; answers their count and sum. A line whose earlier run lines (same unit,
	 * item and month) were all reversed gets the next rebill number and is written again;
	 * one with a live run line conflicts with it and is skipped, and so gets no charge.
	 * <p>
	 * The charges are written set-based from the lines the statement inserted (its
	 * {@code returning} rows), after them and in the same transaction (issue 9 item 21):
	 * one statement per chunk instead of a second one that read the chunk's lines back by
	 * id, which took longer in every profiled round ({@code docs/benchmarks.md}). The
	 * ledger's statement-level reference check (decision 0024) runs at the end of the
	 * statement and sees the lines.
	 */
	Written insert(long communityId, long runId, List<LineDraft> lines, String actor) {
		int n = lines.size();
		if (n == 0) {
			return new Written(0, BigDecimal.ZERO);
		}
		Long[] unit = new Long[n];
		Long[] building = new Long[n];
		String[] item = new String[n];
		String[] period = new String[n];
		BigDecimal[] quantity = new BigDecimal[n];
		BigDecimal[] rate = new BigDecimal[n];
		BigDecimal[] amount = new BigDecimal[n];
		String[] detail = new String[n];
		String[] due = new String[n];
		for (int i = 0; i < n; i++) {
			LineDraft l = lines.get(i);
			unit[i] = l.unitId();
			building[i] = l.buildingId();
			item[i] = l.item().name();
			period[i] = l.period().toString();
			quantity[i] = l.quantity();
			rate[i] = l.rate();
			amount[i] = l.amount().amount();
			detail[i] = l.detail();
			due[i] = l.dueDate().toString();
		}
		return jdbc
			.sql("""
					with input as (
					  select * from unnest(cast(:unit as bigint[]), cast(:building as bigint[]), cast(:item as text[]),
					    cast(:period as date[]), cast(:quantity as numeric[]), cast(:rate as numeric[]),
					    cast(:amount as numeric[]), cast(:detail as text[]), cast(:due as date[]))
					    as t(unit_id, building_id, item, period, quantity, rate, amount, detail, due_date)
					), reversed as (
					  -- driven by the community's reversals (few, and indexed), not by its lines
					  select l.unit_id, l.item, l.period, count(*) as n
					  from ledger_entry r
					  join ledger_entry ch on ch.community_id = r.community_id and ch.id = r.reverses_id and ch.kind = 'CHARGE'
					  join bill_line l on l.community_id = ch.community_id and l.id = ch.bill_line_id and l.origin = 'RUN'
					  where r.community_id = :c and r.reverses_id is not null
					    and exists (select 1 from input i where i.unit_id = l.unit_id and i.item = l.item and i.period = l.period)
					  group by l.unit_id, l.item, l.period
					), lines as (
					  insert into bill_line (community_id, unit_id, building_id, item, period, origin, run_id, quantity, rate,
					    amount, detail, due_date, created_at, rebill)
					  select :c, i.unit_id, i.building_id, i.item, i.period, 'RUN', :run, i.quantity, i.rate, i.amount, i.detail,
					    i.due_date, :now, coalesce(r.n, 0)
					  from input i left join reversed r on r.unit_id = i.unit_id and r.item = i.item and r.period = i.period
					  on conflict (community_id, unit_id, item, period, rebill) where origin = 'RUN' do nothing
					  returning community_id, id, unit_id, amount, run_id
					), charges as (
					  -- one CHARGE per line inserted above, none for a skipped one
					  insert into ledger_entry (community_id, unit_id, kind, amount, bill_line_id, ref_type, ref_id,
					    created_at, created_by)
					  select community_id, unit_id, 'CHARGE', amount, id, 'RUN', run_id, :now, :actor from lines
					)
					select count(*), coalesce(sum(amount), 0) from lines""")
			.param("unit", unit)
			.param("building", building)
			.param("item", item)
			.param("period", period)
			.param("quantity", quantity)
			.param("rate", rate)
			.param("amount", amount)
			.param("detail", detail)
			.param("due", due)
			.param("c", communityId)
			.param("run", runId)
			.param("now", SqlTime.utc(clock.instant()))
			.param("actor", actor)
			.query((rs, i) -> new Written(rs.getInt(1), rs.getBigDecimal(2)))
			.single();
	}

	private static int firstAfter(List<UnitFacts> units, long cursor) {
		int lo = 0;
		int hi = units.size();
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (units.get(mid).id() <= cursor) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

}
