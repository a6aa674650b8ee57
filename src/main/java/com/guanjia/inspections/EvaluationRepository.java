package com.guanjia.inspections;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

import com.guanjia.platform.db.SqlTime;
import com.guanjia.shared.ConflictException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All the SQL of the {@link Evaluation} aggregate, set-based for the month-end run: the
 * contractors to evaluate, the failed items of all of them in one query (the items of a
 * contractor's trade in the areas its contracts covered on the day, each with whether its
 * rectification was overdue at the period's end), and the evaluations, lines and history
 * of a run written with one statement each.
 */
@Repository
class EvaluationRepository {

	private final JdbcClient jdbc;

	private final InspectionHistory history;

	EvaluationRepository(JdbcClient jdbc, InspectionHistory history) {
		this.jdbc = jdbc;
		this.history = history;
	}

	/**
	 * The contractors to evaluate in each community's period, their rows locked until the
	 * run commits (a second run of the same month waits, then finds the first one's
	 * drafts): every active contractor of a contracted trade, or only
	 * {@code contractorId}. Each comes with its trade's rule and the monthly fee of its
	 * contracts in force on the period's last day.
	 */
	List<EvaluationSubject> subjects(Map<Long, EvaluationPeriod> periods, Map<Long, ZoneId> zones,
			@Nullable Long contractorId) {
		List<Long> communities = List.copyOf(periods.keySet());
		return jdbc
			.sql("""
					select k.community_id, k.id, k.name, k.trade, s.base_score, s.deduction, s.overdue_factor, s.floor_score,
					  (select sum(c.monthly_fee) from inspection_contract c
					   where c.community_id = k.community_id and c.contractor_id = k.id
					     and c.starts_on <= p.period_end and (c.ends_on is null or c.ends_on >= p.period_end)) as fee
					from unnest(cast(:cs as bigint[]), cast(:ends as date[])) as p(community_id, period_end)
					join inspection_contractor k on k.community_id = p.community_id
					left join inspection_scoring_rule s on s.community_id = k.community_id and s.trade = k.trade
					where (cast(:one as bigint) is null and k.active and k.trade = any(:trades)) or k.id = :one
					order by k.community_id, k.trade, k.name
					for no key update of k""")
			.param("cs", communities.toArray(Long[]::new))
			.param("ends", communities.stream().map(c -> periods.get(c).end().toString()).toArray(String[]::new))
			.param("one", contractorId)
			.param("trades",
					Arrays.stream(Trade.values()).filter(Trade::contracted).map(Trade::name).toArray(String[]::new))
			.query((rs, i) -> {
				long communityId = rs.getLong(1);
				BigDecimal base = rs.getBigDecimal(5);
				ScoringRule rule = base == null ? ScoringRule.DEFAULT
						: new ScoringRule(base, rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8));
				return new EvaluationSubject(communityId, rs.getLong(2), rs.getString(3),
						Trade.valueOf(rs.getString(4)), periods.get(communityId), zones.get(communityId), rule,
						rs.getBigDecimal(9));
			})
			.list();
	}

	/**
	 * The failed items that count against each subject in its period, in one query: the
	 * items of its trade in the areas its contracts covered on the day (in the
	 * community's zone), in the order they were found. Overdue: the rectification sent to
	 * it had its deadline before the period's end and was not confirmed by then or was
	 * confirmed after the deadline.
	 */
	Map<EvaluationSubject, List<Deduction>> deductions(List<EvaluationSubject> subjects) {
		Map<EvaluationSubject, List<Deduction>> found = new LinkedHashMap<>();
		Map<String, EvaluationSubject> byKey = new HashMap<>();
		for (EvaluationSubject s : subjects) {
			found.put(s, new ArrayList<>());
			byKey.put(s.communityId() + ":" + s.contractorId(), s);
		}
		if (subjects.isEmpty()) {
			return found;
		}
		jdbc.sql(DEDUCTIONS)
			.param("cs", subjects.stream().map(EvaluationSubject::communityId).toArray(Long[]::new))
			.param("ks", subjects.stream().map(EvaluationSubject::contractorId).toArray(Long[]::new))
			.param("trades", subjects.stream().map(s -> s.trade().name()).toArray(String[]::new))
			.param("froms",
					subjects.stream().map(s -> s.period().from(s.zone()).toInstant().toString()).toArray(String[]::new))
			.param("untils",
					subjects.stream()
						.map(s -> s.period().until(s.zone()).toInstant().toString())
						.toArray(String[]::new))
			.param("zones", subjects.stream().map(s -> s.zone().getId()).toArray(String[]::new))
			.query(rs -> {
				found.get(byKey.get(rs.getLong(1) + ":" + rs.getLong(2)))
					.add(new Deduction(SqlTime.instant(rs, "visited_at"), rs.getString(4), rs.getString(5),
							rs.getBigDecimal(6), rs.getBoolean(7)));
			});
		return found;
	}

	/**
	 * What each community already evaluated: the period of the month's evaluations (if
	 * any) and the end of the month before's.
	 */
	record Evaluated(@Nullable EvaluationPeriod month, @Nullable LocalDate previousEnd) {
	}

	Map<Long, Evaluated> evaluated(Collection<Long> communityIds, YearMonth month) {
		Map<Long, Evaluated> evaluated = new HashMap<>();
		YearMonth before = month.minusMonths(1);
		jdbc.sql("""
				select community_id,
				  min(period_start) filter (where period_end >= :first),
				  max(period_end) filter (where period_end >= :first),
				  max(period_end) filter (where period_end < :first)
				from inspection_evaluation
				where community_id = any(:cs) and period_end >= :previous and period_end <= :last
				group by community_id""")
			.param("cs", communityIds.toArray(Long[]::new))
			.param("first", Date.valueOf(month.atDay(1)))
			.param("last", Date.valueOf(month.atEndOfMonth()))
			.param("previous", Date.valueOf(before.atDay(1)))
			.query(rs -> {
				Date start = rs.getDate(2);
				Date previous = rs.getDate(4);
				evaluated
					.put(rs.getLong(1),
							new Evaluated(
									start == null ? null
											: new EvaluationPeriod(month, start.toLocalDate(),
													rs.getDate(3).toLocalDate()),
									previous == null ? null : previous.toLocalDate()));
			});
		return evaluated;
	}

	/**
	 * The failed items of each subject, read subject by subject inside the one statement
	 * (a lateral subquery the planner may not flatten, {@code offset 0}): each is a range
	 * of the failed-items index of its community and period and a few key lookups,
	 * whether the statement covers one community or two hundred.
	 */
	private static final String DEDUCTIONS = """
			select t.community_id, t.contractor_id, d.visited_at, d.name, d.item_text, d.weight, d.overdue
			from unnest(cast(:cs as bigint[]), cast(:ks as bigint[]), cast(:trades as text[]),
			  cast(:froms as timestamptz[]), cast(:untils as timestamptz[]), cast(:zones as text[]))
			  with ordinality as t(community_id, contractor_id, trade, from_at, until_at, zone, n)
			cross join lateral (
			  select r.visited_at, v.name, r.item_text, r.weight, r.round_id, r.visit_position, r.item_position,
			    coalesce(x.deadline < t.until_at and (x.confirmed_at is null or x.confirmed_at > x.deadline), false)
			      as overdue
			  from inspection_result r
			  join inspection_visit v on v.community_id = r.community_id and v.round_id = r.round_id
			    and v.position = r.visit_position
			  left join inspection_finding f on f.community_id = r.community_id and f.round_id = r.round_id
			    and f.visit_position = r.visit_position and f.item_position = r.item_position
			  left join inspection_rectification x on x.community_id = f.community_id and x.finding_id = f.id
			    and x.contractor_id = t.contractor_id
			  where r.community_id = t.community_id and r.outcome = 'FAIL' and r.trade = t.trade
			    and r.visited_at >= t.from_at and r.visited_at < t.until_at
			    and exists (select 1 from inspection_contract k
			      join inspection_contract_area ca on ca.community_id = k.community_id and ca.contract_id = k.id
			      where k.community_id = r.community_id and k.contractor_id = t.contractor_id and ca.area_id = r.area_id
			        and k.starts_on <= cast(r.visited_at at time zone t.zone as date)
			        and (k.ends_on is null or k.ends_on >= cast(r.visited_at at time zone t.zone as date)))
			  offset 0) d
			order by t.n, d.visited_at, d.round_id, d.visit_position, d.item_position""";

	/** Ids for {@code n} new evaluations, in one query. */
	List<Long> nextIds(int n) {
		return jdbc
			.sql("select nextval(pg_get_serial_sequence('inspection_evaluation', 'id')) from generate_series(1, ?)")
			.param(n)
			.query(Long.class)
			.list();
	}

	/**
	 * Writes a run: the new evaluations in one statement, the recomputed drafts in one
	 * (refusing a stale version), their old lines removed in one, every line in one and
	 * the history in one.
	 */
	void write(List<Evaluation> inserted, List<Evaluation> recomputed) {
		insertAll(inserted);
		updateAll(recomputed);
		List<Evaluation> all = new ArrayList<>(inserted);
		all.addAll(recomputed);
		insertLines(all);
		history.appendAll(all.stream()
			.map(e -> new InspectionHistory.Steps(e.communityId(), InspectionHistory.EVALUATION, e.id(), e.takeSteps()))
			.toList());
	}

	private void insertAll(List<Evaluation> all) {
		if (all.isEmpty()) {
			return;
		}
		jdbc.sql(
				"""
						insert into inspection_evaluation (community_id, id, contractor_id, period_start, period_end, revision,
						  status, base_score, deduction, overdue_factor, floor_score, failed_items, overdue_items, deducted, score,
						  monthly_fee, reason, computed_at, computed_by)
						overriding system value
						select c, i, k, cast(ps as date), cast(pe as date), rv, st, cast(b as numeric), cast(d as numeric),
						  cast(o as numeric), cast(f as numeric), fi, oi, cast(dd as numeric), cast(sc as numeric),
						  cast(fee as numeric), rs, cast(at as timestamptz), who
						from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as bigint[]), cast(? as text[]),
						  cast(? as text[]), cast(? as int[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
						  cast(? as text[]), cast(? as text[]), cast(? as int[]), cast(? as int[]), cast(? as text[]),
						  cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]))
						  as e(c, i, k, ps, pe, rv, st, b, d, o, f, fi, oi, dd, sc, fee, rs, at, who)""")
			.params(column(all, Evaluation::communityId, Long[]::new), column(all, Evaluation::id, Long[]::new),
					column(all, e -> e.header().contractorId(), Long[]::new),
					column(all, e -> e.header().period().start().toString(), String[]::new),
					column(all, e -> e.header().period().end().toString(), String[]::new),
					column(all, e -> e.header().revision(), Integer[]::new),
					column(all, e -> e.status().name(), String[]::new),
					column(all, e -> e.figures().rule().base().toPlainString(), String[]::new),
					column(all, e -> e.figures().rule().deduction().toPlainString(), String[]::new),
					column(all, e -> e.figures().rule().overdueFactor().toPlainString(), String[]::new),
					column(all, e -> e.figures().rule().floor().toPlainString(), String[]::new),
					column(all, e -> e.figures().deductions().size(), Integer[]::new),
					column(all, e -> e.figures().overdueItems(), Integer[]::new),
					column(all, e -> e.deducted().toPlainString(), String[]::new),
					column(all, e -> e.score().toPlainString(), String[]::new),
					column(all, e -> plain(e.figures().monthlyFee()), String[]::new),
					column(all, e -> e.header().reason(), String[]::new),
					column(all, e -> e.computedAt().toString(), String[]::new),
					column(all, Evaluation::computedBy, String[]::new))
			.update();
	}

	/**
	 * Recomputed drafts: their figures, one statement; a stale version refuses the run.
	 */
	private void updateAll(List<Evaluation> all) {
		if (all.isEmpty()) {
			return;
		}
		jdbc.sql(
				"""
						delete from inspection_evaluation_line l using unnest(cast(? as bigint[]), cast(? as bigint[])) as e(c, i)
						where l.community_id = e.c and l.evaluation_id = e.i""")
			.params(column(all, Evaluation::communityId, Long[]::new), column(all, Evaluation::id, Long[]::new))
			.update();
		int updated = jdbc.sql("""
				update inspection_evaluation e set base_score = cast(u.b as numeric), deduction = cast(u.d as numeric),
				  overdue_factor = cast(u.o as numeric), floor_score = cast(u.f as numeric), failed_items = u.fi,
				  overdue_items = u.oi, deducted = cast(u.dd as numeric), score = cast(u.sc as numeric),
				  monthly_fee = cast(u.fee as numeric), computed_at = cast(u.at as timestamptz), computed_by = u.who,
				  version = e.version + 1
				from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as int[]), cast(? as text[]),
				  cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as int[]), cast(? as int[]),
				  cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]))
				  as u(c, i, v, b, d, o, f, fi, oi, dd, sc, fee, at, who)
				where e.community_id = u.c and e.id = u.i and e.version = u.v""")
			.params(column(all, Evaluation::communityId, Long[]::new), column(all, Evaluation::id, Long[]::new),
					column(all, Evaluation::version, Integer[]::new),
					column(all, e -> e.figures().rule().base().toPlainString(), String[]::new),
					column(all, e -> e.figures().rule().deduction().toPlainString(), String[]::new),
					column(all, e -> e.figures().rule().overdueFactor().toPlainString(), String[]::new),
					column(all, e -> e.figures().rule().floor().toPlainString(), String[]::new),
					column(all, e -> e.figures().deductions().size(), Integer[]::new),
					column(all, e -> e.figures().overdueItems(), Integer[]::new),
					column(all, e -> e.deducted().toPlainString(), String[]::new),
					column(all, e -> e.score().toPlainString(), String[]::new),
					column(all, e -> plain(e.figures().monthlyFee()), String[]::new),
					column(all, e -> e.computedAt().toString(), String[]::new),
					column(all, Evaluation::computedBy, String[]::new))
			.update();
		if (updated != all.size()) {
			throw new ConflictException("error.staleVersion");
		}
	}

	/** The lines of all the evaluations in one statement. */
	private void insertLines(List<Evaluation> all) {
		List<Long> communities = new ArrayList<>();
		List<Long> ids = new ArrayList<>();
		List<Integer> numbers = new ArrayList<>();
		List<Deduction> found = new ArrayList<>();
		List<String> points = new ArrayList<>();
		for (Evaluation e : all) {
			ScoringRule rule = e.figures().rule();
			int n = 0;
			for (Deduction d : e.figures().deductions()) {
				communities.add(e.communityId());
				ids.add(e.id());
				numbers.add(++n);
				found.add(d);
				points.add(rule.points(d.weight(), d.overdue()).toPlainString());
			}
		}
		if (found.isEmpty()) {
			return;
		}
		jdbc.sql(
				"""
						insert into inspection_evaluation_line (community_id, evaluation_id, line_no, visited_at, place, item_text,
						  weight, overdue, points)
						select c, i, n, cast(t as timestamptz), p, it, cast(w as numeric), o, cast(x as numeric)
						from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as int[]), cast(? as text[]),
						  cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as boolean[]), cast(? as text[]))
						  as l(c, i, n, t, p, it, w, o, x)""")
			.params(communities.toArray(Long[]::new), ids.toArray(Long[]::new), numbers.toArray(Integer[]::new),
					found.stream().map(d -> d.visitedAt().toString()).toArray(String[]::new),
					found.stream().map(Deduction::place).toArray(String[]::new),
					found.stream().map(Deduction::item).toArray(String[]::new),
					found.stream().map(d -> d.weight().toPlainString()).toArray(String[]::new),
					found.stream().map(Deduction::overdue).toArray(Boolean[]::new), points.toArray(String[]::new))
			.update();
	}

	private static <T> T[] column(List<Evaluation> all, Function<Evaluation, ? extends T> value,
			IntFunction<T[]> array) {
		return all.stream().map(value).toArray(array);
	}

	private static @Nullable String plain(@Nullable BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}

	/** Saves a signature; refuses a stale version. */
	void save(Evaluation e) {
		Evaluation.Header h = e.header();
		ScoringRule rule = e.figures().rule();
		int updated = jdbc.sql("""
				update inspection_evaluation set status = ?, base_score = ?, deduction = ?, overdue_factor = ?,
				  floor_score = ?, failed_items = ?, overdue_items = ?, deducted = ?, score = ?, monthly_fee = ?,
				  computed_at = ?, computed_by = ?, signed_at = ?, signed_by = ?, signed_by_staff_id = ?,
				  version = version + 1
				where community_id = ? and id = ? and version = ?""")
			.params(e.status().name(), rule.base(), rule.deduction(), rule.overdueFactor(), rule.floor(),
					e.figures().deductions().size(), e.figures().overdueItems(), e.deducted(), e.score(),
					e.figures().monthlyFee(), SqlTime.utc(e.computedAt()), e.computedBy(),
					SqlTime.utcOrNull(e.signedAt()), e.signedBy(), e.signedByStaffId(), h.communityId(), h.id(),
					e.version())
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
		history.append(h.communityId(), InspectionHistory.EVALUATION, h.id(), e.takeSteps());
	}

	Optional<Evaluation> load(Collection<Long> communityIds, long id, boolean forUpdate) {
		return jdbc.sql(SELECT + " where e.community_id = any(?) and e.id = ?" + (forUpdate ? " for update of e" : ""))
			.params(communityIds.toArray(Long[]::new), id)
			.query((rs, i) -> restore(rs))
			.optional();
	}

	/** The latest revision of a contractor's month, if computed (locked). */
	Optional<Evaluation> latest(long communityId, long contractorId, EvaluationPeriod period) {
		return jdbc.sql(SELECT + """
				 where e.community_id = ? and e.contractor_id = ? and e.period_start = ?
				order by e.revision desc limit 1 for update of e""")
			.params(communityId, contractorId, Date.valueOf(period.start()))
			.query((rs, i) -> restore(rs))
			.optional();
	}

	/**
	 * The latest revision of each subject's month that has one, locked, in one query;
	 * their lines are not read (a recomputation replaces them, a signed one is left
	 * alone).
	 */
	Map<EvaluationSubject, Evaluation> latestWithoutLines(List<EvaluationSubject> subjects) {
		Map<String, EvaluationSubject> byKey = new HashMap<>();
		subjects.forEach(s -> byKey.put(s.communityId() + ":" + s.contractorId(), s));
		Map<EvaluationSubject, Evaluation> latest = new HashMap<>();
		if (subjects.isEmpty()) {
			return latest;
		}
		// Subject by subject (offset 0: not flattened), each its latest revision by the
		// unique index, locked.
		jdbc.sql("""
				select e.*, k.name as contractor_name, k.trade
				from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as date[])) as t(c, k, start)
				cross join lateral (select * from inspection_evaluation l
				  where l.community_id = t.c and l.contractor_id = t.k and l.period_start = t.start
				  order by l.revision desc limit 1 for update) e
				join inspection_contractor k on k.community_id = e.community_id and k.id = e.contractor_id""")
			.params(subjects.stream().map(EvaluationSubject::communityId).toArray(Long[]::new),
					subjects.stream().map(EvaluationSubject::contractorId).toArray(Long[]::new),
					subjects.stream().map(s -> s.period().start().toString()).toArray(String[]::new))
			.query(rs -> {
				Evaluation e = restore(rs, List.of());
				latest.put(byKey.get(e.communityId() + ":" + e.header().contractorId()), e);
			});
		return latest;
	}

	/** The evaluations with their deductions read back from their lines, in one query. */
	List<Evaluation> withLines(List<Evaluation> all) {
		Map<Long, List<Deduction>> found = new HashMap<>();
		all.forEach(e -> found.put(e.id(), new ArrayList<>()));
		if (!all.isEmpty()) {
			jdbc.sql("""
					select l.evaluation_id, l.visited_at, l.place, l.item_text, l.weight, l.overdue
					from inspection_evaluation_line l
					join unnest(cast(? as bigint[]), cast(? as bigint[])) as e(c, i)
					  on l.community_id = e.c and l.evaluation_id = e.i
					order by l.evaluation_id, l.line_no""")
				.params(column(all, Evaluation::communityId, Long[]::new), column(all, Evaluation::id, Long[]::new))
				.query(rs -> {
					found.get(rs.getLong(1))
						.add(new Deduction(SqlTime.instant(rs, "visited_at"), rs.getString(3), rs.getString(4),
								rs.getBigDecimal(5), rs.getBoolean(6)));
				});
		}
		return all.stream()
			.map(e -> Evaluation.restore(e.header(),
					new Evaluation.Figures(e.figures().rule(), found.get(e.id()), e.figures().monthlyFee()), e.status(),
					e.computedAt(), e.computedBy(), e.signedAt(), e.signedBy(), e.signedByStaffId(), e.version()))
			.toList();
	}

	/** The community's evaluations, newest period first, every revision. */
	List<Evaluation> list(long communityId, int limit) {
		return jdbc
			.sql(SELECT + " where e.community_id = ? order by e.period_start desc, k.name, e.revision desc limit ?")
			.params(communityId, limit)
			.query((rs, i) -> restore(rs))
			.list();
	}

	private static final String SELECT = """
			select e.*, k.name as contractor_name, k.trade from inspection_evaluation e
			join inspection_contractor k on k.community_id = e.community_id and k.id = e.contractor_id
			""";

	/** A stored evaluation; its deductions are read back from its lines. */
	private Evaluation restore(ResultSet rs) throws SQLException {
		List<Deduction> found = new ArrayList<>();
		for (EvaluationLine line : lines(rs.getLong("community_id"), rs.getLong("id"))) {
			found.add(new Deduction(line.visitedAt(), line.place(), line.item(), line.weight(), line.overdue()));
		}
		return restore(rs, found);
	}

	private Evaluation restore(ResultSet rs, List<Deduction> found) throws SQLException {
		long communityId = rs.getLong("community_id");
		long id = rs.getLong("id");
		var end = rs.getDate("period_end").toLocalDate();
		EvaluationPeriod period = new EvaluationPeriod(YearMonth.from(end), rs.getDate("period_start").toLocalDate(),
				end);
		Evaluation.Header header = new Evaluation.Header(communityId, id, rs.getLong("contractor_id"),
				rs.getString("contractor_name"), Trade.valueOf(rs.getString("trade")), period, rs.getInt("revision"),
				rs.getString("reason"));
		ScoringRule rule = new ScoringRule(rs.getBigDecimal("base_score"), rs.getBigDecimal("deduction"),
				rs.getBigDecimal("overdue_factor"), rs.getBigDecimal("floor_score"));
		return Evaluation.restore(header, new Evaluation.Figures(rule, found, rs.getBigDecimal("monthly_fee")),
				EvaluationStatus.valueOf(rs.getString("status")), SqlTime.instant(rs, "computed_at"),
				rs.getString("computed_by"), SqlTime.instant(rs, "signed_at"), rs.getString("signed_by"),
				(Long) rs.getObject("signed_by_staff_id"), rs.getInt("version"));
	}

	List<EvaluationLine> lines(long communityId, long evaluationId) {
		return jdbc.sql("""
				select line_no, visited_at, place, item_text, weight, overdue, points from inspection_evaluation_line
				where community_id = ? and evaluation_id = ? order by line_no""")
			.params(communityId, evaluationId)
			.query((rs, i) -> new EvaluationLine(rs.getInt(1), SqlTime.instant(rs, "visited_at"), rs.getString(3),
					rs.getString(4), rs.getBigDecimal(5), rs.getBoolean(6), rs.getBigDecimal(7)))
			.list();
	}

	List<HistoryEntry> history(long communityId, long evaluationId) {
		return history.of(communityId, InspectionHistory.EVALUATION, evaluationId);
	}

	Trade trade(long communityId, long contractorId) {
		return Trade.valueOf(jdbc.sql("select trade from inspection_contractor where community_id = ? and id = ?")
			.params(communityId, contractorId)
			.query(String.class)
			.single());
	}

}
