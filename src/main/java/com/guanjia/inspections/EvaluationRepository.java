package com.guanjia.inspections;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.guanjia.platform.db.SqlTime;
import com.guanjia.shared.ConflictException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All the SQL of the {@link Evaluation} aggregate, and the query that reads a month's
 * records for it: the failed items of a contractor's trade in the areas its contracts
 * covered on the day, each with whether its rectification was overdue at the period's
 * end.
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
	 * The failed items that count against the contractor in the period, in the order they
	 * were found. Overdue: its rectification's deadline fell before the period's end and
	 * it was not confirmed by then or was confirmed after the deadline.
	 */
	List<Deduction> deductions(long communityId, long contractorId, Trade trade, EvaluationPeriod period, ZoneId zone) {
		return jdbc.sql("""
				select r.visited_at, v.name, r.item_text, r.weight,
				  coalesce(x.deadline < :until and (x.confirmed_at is null or x.confirmed_at > x.deadline), false)
				from inspection_result r
				join inspection_visit v on v.community_id = r.community_id and v.round_id = r.round_id
				  and v.position = r.visit_position
				left join inspection_finding f on f.community_id = r.community_id and f.round_id = r.round_id
				  and f.visit_position = r.visit_position and f.item_position = r.item_position
				left join inspection_rectification x on x.community_id = f.community_id and x.finding_id = f.id
				  and x.contractor_id = :contractor
				where r.community_id = :c and r.outcome = 'FAIL' and r.trade = :trade
				  and r.visited_at >= :from and r.visited_at < :until
				  and exists (select 1 from inspection_contract k
				    join inspection_contract_area ca on ca.community_id = k.community_id and ca.contract_id = k.id
				    where k.community_id = r.community_id and k.contractor_id = :contractor and ca.area_id = r.area_id
				      and k.starts_on <= cast(r.visited_at at time zone :zone as date)
				      and (k.ends_on is null or k.ends_on >= cast(r.visited_at at time zone :zone as date)))
				order by r.visited_at, r.round_id, r.visit_position, r.item_position""")
			.param("c", communityId)
			.param("contractor", contractorId)
			.param("trade", trade.name())
			.param("from", SqlTime.utc(period.from(zone).toInstant()))
			.param("until", SqlTime.utc(period.until(zone).toInstant()))
			.param("zone", zone.getId())
			.query((rs, i) -> new Deduction(SqlTime.instant(rs, "visited_at"), rs.getString(2), rs.getString(3),
					rs.getBigDecimal(4), rs.getBoolean(5)))
			.list();
	}

	long nextId() {
		return jdbc.sql("select nextval(pg_get_serial_sequence('inspection_evaluation', 'id'))")
			.query(Long.class)
			.single();
	}

	void insert(Evaluation e) {
		Evaluation.Header h = e.header();
		ScoringRule rule = e.figures().rule();
		jdbc.sql(
				"""
						insert into inspection_evaluation (community_id, id, contractor_id, period_start, period_end, revision,
						  status, base_score, deduction, overdue_factor, floor_score, failed_items, overdue_items, deducted, score,
						  monthly_fee, reason, computed_at, computed_by)
						overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(h.communityId(), h.id(), h.contractorId(), Date.valueOf(h.period().start()),
					Date.valueOf(h.period().end()), h.revision(), e.status().name(), rule.base(), rule.deduction(),
					rule.overdueFactor(), rule.floor(), e.figures().deductions().size(), e.figures().overdueItems(),
					e.deducted(), e.score(), e.figures().monthlyFee(), h.reason(), SqlTime.utc(e.computedAt()),
					e.computedBy())
			.update();
		insertLines(e);
		history.append(h.communityId(), InspectionHistory.EVALUATION, h.id(), e.takeSteps());
	}

	/** The lines in one statement (a month of a contractor may have hundreds). */
	private void insertLines(Evaluation e) {
		Evaluation.Header h = e.header();
		ScoringRule rule = e.figures().rule();
		List<Deduction> found = e.figures().deductions();
		if (found.isEmpty()) {
			return;
		}
		jdbc.sql(
				"""
						insert into inspection_evaluation_line (community_id, evaluation_id, line_no, visited_at, place, item_text,
						  weight, overdue, points)
						select ?, ?, n, cast(t as timestamptz), p, i, cast(w as numeric), o, cast(x as numeric)
						from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as boolean[]),
						  cast(? as text[])) with ordinality as l(t, p, i, w, o, x, n)""")
			.params(h.communityId(), h.id(), found.stream().map(d -> d.visitedAt().toString()).toArray(String[]::new),
					found.stream().map(Deduction::place).toArray(String[]::new),
					found.stream().map(Deduction::item).toArray(String[]::new),
					found.stream().map(d -> d.weight().toPlainString()).toArray(String[]::new),
					found.stream().map(Deduction::overdue).toArray(Boolean[]::new),
					found.stream()
						.map(d -> rule.points(d.weight(), d.overdue()).toPlainString())
						.toArray(String[]::new))
			.update();
	}

	/**
	 * Saves a recomputed draft (its lines replaced) or a signature; refuses a stale
	 * version.
	 */
	void save(Evaluation e) {
		Evaluation.Header h = e.header();
		ScoringRule rule = e.figures().rule();
		if (e.linesChanged()) {
			jdbc.sql("delete from inspection_evaluation_line where community_id = ? and evaluation_id = ?")
				.params(h.communityId(), h.id())
				.update();
			insertLines(e);
		}
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

	/** The latest revision of a contractor's month, if computed. */
	Optional<Evaluation> latest(long communityId, long contractorId, EvaluationPeriod period) {
		return jdbc.sql(SELECT + """
				 where e.community_id = ? and e.contractor_id = ? and e.period_start = ?
				order by e.revision desc limit 1 for update of e""")
			.params(communityId, contractorId, Date.valueOf(period.start()))
			.query((rs, i) -> restore(rs))
			.optional();
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
		List<Deduction> found = new ArrayList<>();
		for (EvaluationLine line : lines(communityId, id)) {
			found.add(new Deduction(line.visitedAt(), line.place(), line.item(), line.weight(), line.overdue()));
		}
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
