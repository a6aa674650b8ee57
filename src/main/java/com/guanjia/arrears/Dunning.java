package com.guanjia.arrears;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.guanjia.arrears.ArrearsViews.Action;
import com.guanjia.arrears.ArrearsViews.CaseView;
import com.guanjia.arrears.ArrearsViews.Contact;
import com.guanjia.arrears.ArrearsViews.DemandLetter;
import com.guanjia.arrears.ArrearsViews.Overdue;
import com.guanjia.arrears.ArrearsViews.RestoreTask;
import com.guanjia.arrears.ArrearsViews.Sweep;
import com.guanjia.access.StaffManagement;
import com.guanjia.billing.FeeReports;
import com.guanjia.billing.FeeReports.UnitDebt;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.CompanyProfile;
import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.db.AdvisoryLocks;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.residents.ResidentDirectory;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ResultPage;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Arrears and dunning (R6.7): who is overdue, why and whom to call; which measure is due
 * next; each measure recorded with who and when; the reason found out; the quarter-end
 * sweep. Each method checks the caller, loads the unit's {@link DunningCase}, asks the
 * {@link DunningLadder} whether the measure may be taken now, lets the case take it and
 * commits it: saved with its history, audited, its events published. A unit's case closes
 * when it has paid everything ({@link DunningClosing}).
 */
@Service
@Transactional
public class Dunning {

	private final DunningCaseRepository cases;

	private final FeeReports reports;

	private final UnitManagement units;

	private final ResidentDirectory residents;

	private final CommunityDirectory communities;

	private final CompanyProfile company;

	private final CommunityScope scope;

	private final AdvisoryLocks locks;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final StaffManagement staff;

	Dunning(DunningCaseRepository cases, FeeReports reports, UnitManagement units, ResidentDirectory residents,
			CommunityDirectory communities, CompanyProfile company, CommunityScope scope, AdvisoryLocks locks,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock, StaffManagement staff) {
		this.staff = staff;
		this.cases = cases;
		this.reports = reports;
		this.units = units;
		this.residents = residents;
		this.communities = communities;
		this.company = company;
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
		return DunningLadder.SEED.steps();
	}

	/**
	 * Overdue units, oldest debt first, with the measure due next; {@code dueOnly} keeps
	 * those whose next measure is due now. Owners are not looked up (see {@link #page}).
	 */
	@Transactional(readOnly = true)
	public List<Overdue> overdue(long communityId, boolean dueOnly) {
		return overdue(communityId, new ArrearsFilter(null, null, null, dueOnly));
	}

	@Transactional(readOnly = true)
	public List<Overdue> overdue(long communityId, ArrearsFilter filter) {
		List<UnitDebt> debts = reports.debts(communityId, today(communityId));
		ZoneId zone = communities.timeZone(communityId);
		LocalDate today = today(communityId);
		Map<Long, DunningCase> open = cases.openCases(communityId);
		Map<Long, String> labels = units.labels(communityId, debts.stream().map(UnitDebt::unitId).toList());
		List<Overdue> result = new ArrayList<>();
		for (UnitDebt debt : debts) {
			DunningCase c = open.get(debt.unitId());
			DunningLadder.Next next = DunningLadder.SEED.next(c, debtor(debt, null), today, zone);
			if (next.step() == DunningStep.LEGAL) {
				// past the letter: a visit comes first where the owner lives in the
				// estate
				UnitView unit = units.find(UnitId.of(communityId, debt.unitId())).orElse(null);
				next = DunningLadder.SEED.next(c, debtor(debt, unit), today, zone);
			}
			Overdue o = new Overdue(debt, labels.getOrDefault(debt.unitId(), "?"), List.of(), next.lastStep(),
					next.lastStepAt(), next.step(), next.due(), next.dueOn(), c == null ? null : c.reason(),
					c != null && c.supplyCut());
			if (filter.keeps(o)) {
				result.add(o);
			}
		}
		return result;
	}

	/**
	 * A page of the overdue units with whom to call: each unit's owners and their phones,
	 * masked unless the caller may see phones (R1.3, R6.8).
	 */
	@Transactional(readOnly = true)
	public ResultPage<Overdue> page(long communityId, ArrearsFilter filter, ResultPage.Request page) {
		List<Overdue> all = overdue(communityId, filter);
		List<Overdue> items = all.stream()
			.skip(page.offset())
			.limit(page.size())
			.map(o -> new Overdue(o.debt(), o.unitLabel(), owners(communityId, o.debt().unitId()), o.lastStep(),
					o.lastStepAt(), o.nextStep(), o.nextStepDue(), o.nextStepDueOn(), o.reason(), o.supplyCut()))
			.toList();
		return new ResultPage<>(items, page.page(), page.size(), all.size());
	}

	/**
	 * A unit's dunning page: whom to call, the reason found, the measures that may be
	 * recorded now and the next one.
	 */
	@Transactional(readOnly = true)
	public CaseView caseOf(long unitId) {
		scope.require(Permission.FEE_READ);
		UnitView unit = units.get(unitId);
		long c = unit.communityId();
		DunningCase open = cases.openCases(c).get(unitId);
		UnitDebt debt = reports.debtOf(c, unitId, today(c)).orElse(null);
		DunningLadder.Debtor debtor = debtor(debt, unit);
		ZoneId zone = communities.timeZone(c);
		List<DunningStep> possible = debt == null ? List.of() : List
			.copyOf(DunningLadder.SEED.possible(open, debtor, today(c), zone, scope.has(Permission.ARREARS_LEGAL)));
		DunningLadder.Next next = debt == null ? null : DunningLadder.SEED.next(open, debtor, today(c), zone);
		return new CaseView(unitId, unit.label(), owners(c, unitId), open == null ? null : open.reason(),
				open == null ? null : open.reasonNote(), possible, next == null ? null : next.step(),
				next == null ? null : next.dueOn(), debtor.ownerLivesHere(), open != null && open.supplyCut());
	}

	/**
	 * Records a measure taken for a unit in arrears: a reminder (phone/SMS), the letter
	 * sent, a visit, a legal referral (the manager's decision, with its reason in
	 * {@code note}); the unit's case opens with its first line. A measure the seed does
	 * not allow now is refused (422) naming why.
	 */
	public Action record(long unitId, String step, @Nullable String channel, @Nullable String note,
			@Nullable String dispatchNo) {
		scope.require(Permission.ARREARS_WORK);
		UnitView unit = units.get(unitId);
		long c = unit.communityId();
		Problems p = new Problems();
		p.check(DunningStep.of(step).isPresent(), "step", "dunning.unknownStep");
		p.optionalText("channel", channel, 20);
		p.optionalText("note", note, 200);
		p.optionalText("dispatchNo", dispatchNo, 60);
		p.throwIfAny();
		DunningStep measure = DunningStep.of(step).orElseThrow();
		if (measure == DunningStep.LEGAL) {
			scope.require(Permission.ARREARS_LEGAL);
		}
		UnitDebt debt = debtOf(unit);
		DunningCase dunningCase = lockOrOpen(c, unitId);
		DunningLadder.SEED.check(measure, dunningCase, debtor(debt, unit), note, today(c), communities.timeZone(c));
		DunningCase.Action action = line(measure.code(), channel, note, dispatchNo, debt);
		dunningCase.take(action);
		commit(dunningCase);
		audit.record(c, "dunning", action.id(), step.toLowerCase(Locale.ROOT), unit.label() + " " + debt.total() + " "
				+ (channel == null ? "" : channel) + (dispatchNo == null ? "" : " " + dispatchNo));
		return view(unitId, action);
	}

	/** Records why the unit has not paid (找出原因), with a note. */
	public Action explain(long unitId, @Nullable ArrearsReason reason, @Nullable String note) {
		scope.require(Permission.ARREARS_WORK);
		UnitView unit = units.get(unitId);
		Problems p = new Problems();
		p.required("reason", reason);
		p.optionalText("note", note, 200);
		p.throwIfAny();
		UnitDebt debt = debtOf(unit);
		DunningCase dunningCase = lockOrOpen(unit.communityId(), unitId);
		String text = note == null || note.isBlank() ? null : note.strip();
		DunningCase.Action line = line(DunningCase.REASON_LINE, reason.name(), text, null, debt);
		dunningCase.explain(reason, text, line);
		commit(dunningCase);
		audit.record(unit.communityId(), "dunning", line.id(), "reason", unit.label() + " " + reason);
		return view(unitId, line);
	}

	/**
	 * Records that a utility (the water or power company) cut the unit's supply: it is
	 * restored promptly once the unit has paid (R6.7). The company itself never cuts
	 * supply (Civil Code art. 944).
	 */
	public Action recordSupplyCut(long unitId, @Nullable String note) {
		scope.require(Permission.ARREARS_WORK);
		UnitView unit = units.get(unitId);
		Problems p = new Problems();
		p.text("note", note, 200);
		p.throwIfAny();
		UnitDebt debt = debtOf(unit);
		DunningCase dunningCase = lockOrOpen(unit.communityId(), unitId);
		DunningCase.Action line = line(DunningCase.SUPPLY_CUT_LINE, null, note.strip(), null, debt);
		dunningCase.supplyCut(line);
		commit(dunningCase);
		audit.record(unit.communityId(), "dunning", line.id(), "utility-cut", unit.label() + " " + note.strip());
		return view(unitId, line);
	}

	/**
	 * The quarter-end sweep of a community (seed 003: "每季度末对未交费的单元进行催缴"): on the last day
	 * of a quarter (or up to {@link QuarterEnd#CATCH_UP_DAYS} days later, when no
	 * instance ran it that day) every unit with an overdue bill gets a case, opened if
	 * need be, with a SWEEP line, and the sweep is recorded once across instances.
	 * Answers the units listed, or -1 when there is no sweep to run (not at a quarter's
	 * end, or done).
	 */
	int sweep(long communityId, Instant now) {
		ZoneId zone = communities.timeZone(communityId);
		LocalDate today = LocalDate.ofInstant(now, zone);
		String quarter = QuarterEnd.due(today).orElse(null);
		if (quarter == null || !cases.claimSweep(communityId, quarter, now)) {
			return -1;
		}
		List<UnitDebt> debts = reports.overdueDebts(communityId, today);
		BigDecimal total = BigDecimal.ZERO;
		for (UnitDebt debt : debts) {
			DunningCase dunningCase = lockOrOpen(communityId, debt.unitId());
			dunningCase.swept(new DunningCase.Action(cases.nextActionId(), DunningCase.SWEEP_LINE, null, quarter, null,
					debt.total().amount(), now, "system", 0));
			commit(dunningCase);
			total = total.add(debt.total().amount());
		}
		cases.finishSweep(communityId, quarter, debts.size(), total);
		audit.record(communityId, "dunning-sweep", 0, "sweep", quarter + " " + debts.size() + " units " + total);
		return debts.size();
	}

	/** The community's latest quarter-end sweeps. */
	@Transactional(readOnly = true)
	public List<Sweep> sweeps(long communityId) {
		scope.require(Permission.FEE_READ);
		scope.require(communityId);
		return cases.sweeps(communityId);
	}

	/**
	 * Paying everything stops the ladder (R6.7): the unit's open case closes, and supply
	 * a utility cut gets a restore task at once. Nothing to do without an open case.
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
		return named(cases.actions(unit.communityId(), unitId));
	}

	/**
	 * The actions with the names of the staff who took them (staff by name, not
	 * username).
	 */
	private List<Action> named(List<Action> actions) {
		Map<String, String> names = staff.displayNamesOf(actions.stream().map(Action::doneBy).toList());
		return actions.stream().map(a -> a.named(u -> names.getOrDefault(u, u))).toList();
	}

	private String nameOf(String username) {
		return staff.displayNameOf(username).orElse(username);
	}

	/**
	 * The formal demand letter of a unit that is overdue (printed, then its dispatch
	 * recorded): to its owners by name, from the company and community, with the number
	 * to call.
	 */
	@Transactional(readOnly = true)
	public DemandLetter letter(long unitId) {
		scope.require(Permission.FEE_READ);
		UnitView unit = units.get(unitId);
		long c = unit.communityId();
		UnitDebt debt = debtOf(unit);
		String name = communities.names(List.of(c)).getOrDefault(c, "");
		List<String> owners = owners(c, unitId).stream().map(Contact::name).toList();
		return new DemandLetter(unit.label(), name, company.name(), company.phone(), owners, debt, today(c),
				named(cases.actions(c, unitId)));
	}

	@Transactional(readOnly = true)
	public List<RestoreTask> restoreTasks(long communityId) {
		scope.require(Permission.FEE_READ);
		scope.require(communityId);
		var tasks = cases.restoreTasks(communityId);
		Map<String, String> names = staff
			.displayNamesOf(tasks.stream().map(t -> t.doneBy()).filter(java.util.Objects::nonNull).toList());
		return tasks.stream()
			.map(t -> new RestoreTask(t.id(), t.unitId(), label(communityId, t.unitId()), t.createdAt(), t.doneAt(),
					t.doneBy(), t.doneBy() == null ? null : names.getOrDefault(t.doneBy(), t.doneBy())))
			.toList();
	}

	/** The supply is back on; a task done already answers 409. */
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

	/**
	 * The unit's open case, locked, or a new one: two lines recorded at once for a unit
	 * without a case open one case (the unit's advisory lock).
	 */
	private DunningCase lockOrOpen(long communityId, long unitId) {
		locks.lockForTransaction(communityId, "dunning:" + unitId);
		return cases.lockOpen(communityId, unitId)
			.orElseGet(() -> DunningCase.open(cases.nextId(), communityId, unitId, clock.instant()));
	}

	private DunningCase.Action line(String code, @Nullable String channel, @Nullable String note,
			@Nullable String dispatchNo, UnitDebt debt) {
		return new DunningCase.Action(cases.nextActionId(), code, channel, note, dispatchNo, debt.total().amount(),
				clock.instant(), scope.actor(), scope.staffId());
	}

	private Action view(long unitId, DunningCase.Action a) {
		return new Action(a.id(), unitId, a.step(), a.channel(), a.note(), a.dispatchNo(), a.owed().toPlainString(),
				a.doneBy(), a.at(), false, nameOf(a.doneBy()));
	}

	private UnitDebt debtOf(UnitView unit) {
		long c = unit.communityId();
		return reports.debtOf(c, unit.id(), today(c))
			.orElseThrow(() -> new RuleViolationException("dunning.notOverdue", unit.label()));
	}

	/**
	 * What the ladder needs of the unit: how old its debt is and whether its owner lives
	 * in the estate (the unit is owner-occupied, 自住).
	 */
	private static DunningLadder.Debtor debtor(@Nullable UnitDebt debt, @Nullable UnitView unit) {
		return new DunningLadder.Debtor(debt == null ? 0 : debt.oldestDaysOverdue(),
				unit != null && unit.state() == UnitState.OCCUPIED);
	}

	/** The unit's current owners, phones masked unless the caller may see them. */
	private List<Contact> owners(long communityId, long unitId) {
		return residents.ownersOf(UnitId.of(communityId, unitId))
			.stream()
			.map(r -> new Contact(r.name(), r.phones()))
			.toList();
	}

	private String label(long communityId, long unitId) {
		return units.find(UnitId.of(communityId, unitId)).map(UnitView::label).orElse("?");
	}

	LocalDate today(long communityId) {
		return LocalDate.now(clock.withZone(communities.timeZone(communityId)));
	}

}
