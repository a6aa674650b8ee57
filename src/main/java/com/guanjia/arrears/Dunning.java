package com.guanjia.arrears;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.guanjia.arrears.ArrearsEvents.DunningStepTaken;
import com.guanjia.arrears.ArrearsViews.Action;
import com.guanjia.arrears.ArrearsViews.DemandLetter;
import com.guanjia.arrears.ArrearsViews.Overdue;
import com.guanjia.arrears.ArrearsViews.RestoreTask;
import com.guanjia.billing.FeeReports;
import com.guanjia.billing.FeeReports.UnitDebt;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.RuleViolationException;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dunning ladder (R6.7): who is overdue and why (how much, how old), which step is
 * due next, and each step recorded with who and when. A unit's case closes when it has
 * paid everything ({@link DunningClosing}).
 */
@Service
@Transactional
public class Dunning {

	private final JdbcClient jdbc;

	private final FeeReports reports;

	private final UnitManagement units;

	private final CommunityDirectory communities;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Dunning(JdbcClient jdbc, FeeReports reports, UnitManagement units, CommunityDirectory communities,
			CommunityScope scope, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.units = units;
		this.communities = communities;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<DunningStep> ladder(long communityId) {
		scope.require(Permission.FEE_READ);
		scope.require(communityId);
		return loadLadder(communityId);
	}

	/**
	 * Overdue units, oldest debt first, with the step due next; {@code dueOnly} keeps
	 * those whose next step is due.
	 */
	@Transactional(readOnly = true)
	public List<Overdue> overdue(long communityId, boolean dueOnly) {
		List<UnitDebt> debts = reports.debts(communityId, today(communityId));
		List<DunningStep> ladder = loadLadder(communityId);
		List<Overdue> result = new ArrayList<>();
		for (UnitDebt debt : debts) {
			Overdue o = overdue(communityId, debt, ladder);
			if (!dueOnly || o.nextStepDue()) {
				result.add(o);
			}
		}
		return result;
	}

	/**
	 * Records a step taken for a unit in arrears: a reminder (phone/SMS), the letter
	 * sent, a visit, a referral.
	 */
	public Action record(long unitId, String step, @Nullable String channel, @Nullable String note,
			@Nullable String dispatchNo) {
		scope.require(Permission.ARREARS_WORK);
		UnitView unit = units.get(unitId);
		long c = unit.communityId();
		Problems p = new Problems();
		p.check(loadLadder(c).stream().anyMatch(s -> s.code().equals(step)) || "SUSPEND".equals(step), "step",
				"dunning.unknownStep");
		p.optionalText("channel", channel, 20);
		p.optionalText("note", note, 200);
		p.optionalText("dispatchNo", dispatchNo, 60);
		p.throwIfAny();
		UnitDebt debt = reports.debtOf(c, unitId, today(c))
			.orElseThrow(() -> new RuleViolationException("dunning.notOverdue", unit.label()));
		long caseId = openCase(c, unitId);
		if ("SUSPEND".equals(step)) {
			jdbc.sql("update dunning_case set utilities_suspended = true where community_id = ? and id = ?")
				.params(c, caseId)
				.update();
		}
		long id = jdbc.sql("""
				insert into dunning_action (community_id, case_id, unit_id, step, channel, note, dispatch_no, owed,
				  done_by, done_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(c, caseId, unitId, step, channel, note, dispatchNo, debt.total().amount(), scope.actor(), now())
			.query(Long.class)
			.single();
		audit.record(c, "dunning", id, step.toLowerCase(), unit.label() + " " + debt.total() + " "
				+ (channel == null ? "" : channel) + (dispatchNo == null ? "" : " " + dispatchNo));
		events.publishEvent(new DunningStepTaken(c, unitId, step, channel == null ? "" : channel, id,
				debt.total().amount(), scope.staffId()));
		return actions(c, unitId).get(0);
	}

	@Transactional(readOnly = true)
	public List<Action> actions(long unitId) {
		scope.require(Permission.FEE_READ);
		UnitView unit = units.get(unitId);
		return actions(unit.communityId(), unitId);
	}

	/**
	 * The formal demand letter of a unit that is overdue (printed, then its dispatch
	 * recorded).
	 */
	@Transactional(readOnly = true)
	public DemandLetter letter(long unitId) {
		scope.require(Permission.FEE_READ);
		UnitView unit = units.get(unitId);
		long c = unit.communityId();
		UnitDebt debt = reports.debtOf(c, unitId, today(c))
			.orElseThrow(() -> new RuleViolationException("dunning.notOverdue", unit.label()));
		String name = communities.names(List.of(c)).getOrDefault(c, "");
		return new DemandLetter(unit.label(), name, debt, today(c), actions(c, unitId));
	}

	@Transactional(readOnly = true)
	public List<RestoreTask> restoreTasks(long communityId) {
		scope.require(Permission.FEE_READ);
		scope.require(communityId);
		return jdbc
			.sql("select * from restore_task where community_id = ? order by done_at nulls first, id desc limit 100")
			.param(communityId)
			.query((rs, i) -> new RestoreTask(rs.getLong("id"), rs.getLong("unit_id"),
					units.find(UnitId.of(communityId, rs.getLong("unit_id"))).map(UnitView::label).orElse("?"),
					instant(rs, "created_at"), instant(rs, "done_at"), rs.getString("done_by")))
			.list();
	}

	public void completeRestore(long taskId) {
		scope.require(Permission.ARREARS_WORK);
		Long c = jdbc.sql("select community_id from restore_task where community_id = any(?) and id = ?")
			.params(scope.allowedIds().toArray(Long[]::new), taskId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("restore-task", taskId));
		int updated = jdbc.sql(
				"update restore_task set done_at = ?, done_by = ? where community_id = ? and id = ? and done_at is null")
			.params(now(), scope.actor(), c, taskId)
			.update();
		if (updated == 0) {
			throw new ConflictException("dunning.restoreDone");
		}
		audit.record(c, "restore-task", taskId, "done", null);
	}

	List<DunningStep> loadLadder(long communityId) {
		List<DunningStep> steps = jdbc
			.sql("select code, seq, min_days, printable from dunning_step where community_id = ? order by seq")
			.param(communityId)
			.query((rs, i) -> new DunningStep(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getBoolean(4)))
			.list();
		return steps.isEmpty() ? DunningStep.DEFAULTS : steps;
	}

	private Overdue overdue(long c, UnitDebt debt, List<DunningStep> ladder) {
		var last = jdbc
			.sql("""
					select a.step, a.done_at, k.utilities_suspended from dunning_case k
					left join dunning_action a on a.community_id = k.community_id and a.case_id = k.id and a.step <> 'SUSPEND'
					where k.community_id = ? and k.unit_id = ? and k.closed_at is null
					order by a.done_at desc nulls last, a.id desc limit 1""")
			.params(c, debt.unitId())
			.query((rs, i) -> new Object[] { rs.getString(1), instant(rs, "done_at"), rs.getBoolean(3) })
			.optional();
		String lastStep = last.map(r -> (String) r[0]).orElse(null);
		int lastSeq = ladder.stream()
			.filter(s -> s.code().equals(lastStep))
			.mapToInt(DunningStep::seq)
			.findFirst()
			.orElse(0);
		Optional<DunningStep> next = ladder.stream().filter(s -> s.seq() > lastSeq).findFirst();
		boolean due = next.isPresent() && debt.oldestDaysOverdue() >= next.get().minDays();
		String label = units.find(UnitId.of(c, debt.unitId())).map(UnitView::label).orElse("?");
		return new Overdue(debt, label, lastStep, last.map(r -> (Instant) r[1]).orElse(null), next.orElse(null), due,
				last.map(r -> (Boolean) r[2]).orElse(false));
	}

	private long openCase(long c, long unitId) {
		return jdbc.sql("select id from dunning_case where community_id = ? and unit_id = ? and closed_at is null")
			.params(c, unitId)
			.query(Long.class)
			.optional()
			.orElseGet(() -> jdbc
				.sql("insert into dunning_case (community_id, unit_id, opened_at) values (?, ?, ?) returning id")
				.params(c, unitId, now())
				.query(Long.class)
				.single());
	}

	private List<Action> actions(long c, long unitId) {
		return jdbc.sql("select * from dunning_action where community_id = ? and unit_id = ? order by id desc")
			.params(c, unitId)
			.query((rs, i) -> new Action(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("step"),
					rs.getString("channel"), rs.getString("note"), rs.getString("dispatch_no"),
					rs.getBigDecimal("owed").toPlainString(), rs.getString("done_by"), instant(rs, "done_at")))
			.list();
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

	LocalDate today(long communityId) {
		return LocalDate.now(clock.withZone(communities.timeZone(communityId)));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

}
