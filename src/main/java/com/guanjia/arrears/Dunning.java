package com.guanjia.arrears;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import com.guanjia.platform.db.AdvisoryLocks;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dunning ladder (R6.7): who is overdue and why (how much, how old), which step is
 * due next, and each step recorded with who and when. Each method checks the caller,
 * loads the unit's {@link DunningCase}, lets it take the step ({@link DunningLadder}
 * knows the rungs) and commits it: saved with its history, audited, its events published.
 * A unit's case closes when it has paid everything ({@link DunningClosing}).
 */
@Service
@Transactional
public class Dunning {

	private final DunningCaseRepository cases;

	private final FeeReports reports;

	private final UnitManagement units;

	private final CommunityDirectory communities;

	private final CommunityScope scope;

	private final AdvisoryLocks locks;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Dunning(DunningCaseRepository cases, FeeReports reports, UnitManagement units, CommunityDirectory communities,
			CommunityScope scope, AdvisoryLocks locks, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.cases = cases;
		this.reports = reports;
		this.units = units;
		this.communities = communities;
		this.scope = scope;
		this.locks = locks;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<DunningStep> ladder(long communityId) {
		scope.require(Permission.FEE_READ);
		scope.require(communityId);
		return ladderOf(communityId).steps();
	}

	/**
	 * Overdue units, oldest debt first, with the step due next; {@code dueOnly} keeps
	 * those whose next step is due.
	 */
	@Transactional(readOnly = true)
	public List<Overdue> overdue(long communityId, boolean dueOnly) {
		List<UnitDebt> debts = reports.debts(communityId, today(communityId));
		DunningLadder ladder = ladderOf(communityId);
		Map<Long, DunningCase> open = cases.openCases(communityId);
		List<Overdue> result = new ArrayList<>();
		for (UnitDebt debt : debts) {
			DunningCase c = open.get(debt.unitId());
			DunningLadder.Next next = ladder.next(c, debt.oldestDaysOverdue());
			if (!dueOnly || next.due()) {
				result.add(new Overdue(debt, label(communityId, debt.unitId()), next.lastStep(), next.lastStepAt(),
						next.step(), next.due(), c != null && c.utilitiesSuspended()));
			}
		}
		return result;
	}

	/**
	 * Records a step taken for a unit in arrears: a reminder (phone/SMS), the letter
	 * sent, a visit, a referral; the unit's case opens with its first step.
	 */
	public Action record(long unitId, String step, @Nullable String channel, @Nullable String note,
			@Nullable String dispatchNo) {
		scope.require(Permission.ARREARS_WORK);
		UnitView unit = units.get(unitId);
		long c = unit.communityId();
		DunningLadder ladder = ladderOf(c);
		Problems p = new Problems();
		p.check(ladder.knows(step), "step", "dunning.unknownStep");
		p.optionalText("channel", channel, 20);
		p.optionalText("note", note, 200);
		p.optionalText("dispatchNo", dispatchNo, 60);
		p.throwIfAny();
		UnitDebt debt = reports.debtOf(c, unitId, today(c))
			.orElseThrow(() -> new RuleViolationException("dunning.notOverdue", unit.label()));
		// Two steps recorded at once for a unit without a case open one case.
		locks.lockForTransaction(c, "dunning:" + unitId);
		DunningCase dunningCase = cases.lockOpen(c, unitId)
			.orElseGet(() -> DunningCase.open(cases.nextId(), c, unitId, clock.instant()));
		DunningCase.Action action = new DunningCase.Action(cases.nextActionId(), step, channel, note, dispatchNo,
				debt.total().amount(), clock.instant(), scope.actor(), scope.staffId());
		dunningCase.take(ladder, action);
		commit(dunningCase);
		audit.record(c, "dunning", action.id(), step.toLowerCase(Locale.ROOT), unit.label() + " " + debt.total() + " "
				+ (channel == null ? "" : channel) + (dispatchNo == null ? "" : " " + dispatchNo));
		return new Action(action.id(), unitId, step, channel, note, dispatchNo, action.owed().toPlainString(),
				action.doneBy(), action.at());
	}

	/**
	 * Paying everything stops the ladder (R6.7): the unit's open case closes, and water
	 * or power suspended gets a restore task at once. Nothing to do without an open case.
	 */
	void settled(long communityId, long unitId) {
		cases.lockOpen(communityId, unitId).ifPresent(dunningCase -> {
			dunningCase.settle(clock.instant(), cases::nextRestoreTaskId);
			DunningCase.RestoreTask task = dunningCase.restoreTask();
			commit(dunningCase);
			audit.record(communityId, "dunning-case", dunningCase.id(), "close", "paid");
			if (task != null) {
				audit.record(communityId, "restore-task", task.id(), "create", "unit " + unitId);
			}
		});
	}

	@Transactional(readOnly = true)
	public List<Action> actions(long unitId) {
		scope.require(Permission.FEE_READ);
		UnitView unit = units.get(unitId);
		return cases.actions(unit.communityId(), unitId);
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
		return new DemandLetter(unit.label(), name, debt, today(c), cases.actions(c, unitId));
	}

	@Transactional(readOnly = true)
	public List<RestoreTask> restoreTasks(long communityId) {
		scope.require(Permission.FEE_READ);
		scope.require(communityId);
		return cases.restoreTasks(communityId)
			.stream()
			.map(t -> new RestoreTask(t.id(), t.unitId(), label(communityId, t.unitId()), t.createdAt(), t.doneAt(),
					t.doneBy()))
			.toList();
	}

	/** Water or power is back on; a task done already answers 409. */
	public void completeRestore(long taskId) {
		scope.require(Permission.ARREARS_WORK);
		DunningCase dunningCase = cases.lockByRestoreTask(scope.allowedIds(), taskId)
			.orElseThrow(() -> new NotFoundException("restore-task", taskId));
		dunningCase.restored(scope.actor(), clock.instant());
		commit(dunningCase);
		audit.record(dunningCase.communityId(), "restore-task", taskId, "done", null);
	}

	// --- plumbing ----------------------------------------------------------------------

	/** Saves the case with its new history and publishes its events. */
	private void commit(DunningCase dunningCase) {
		cases.save(dunningCase);
		dunningCase.events().forEach(events::publishEvent);
		dunningCase.saved();
	}

	private DunningLadder ladderOf(long communityId) {
		return DunningLadder.of(cases.ladder(communityId));
	}

	private String label(long communityId, long unitId) {
		return units.find(UnitId.of(communityId, unitId)).map(UnitView::label).orElse("?");
	}

	LocalDate today(long communityId) {
		return LocalDate.now(clock.withZone(communities.timeZone(communityId)));
	}

}
