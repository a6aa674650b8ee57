package com.guanjia.inspections;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The month-end evaluation of contractors (R11.4, seed 001 "月底(25号)做出评估，给客户部经理审核后交
 * 财务部…以此作为支付费用的依据"): computed from the month's records with the community's scoring rule,
 * recomputed while a draft, signed by the customer-service manager and then final; a
 * correction is a new revision with a reason, signed again.
 */
@Service
@Transactional
@NamedInterface("api")
public class Evaluations {

	private final EvaluationRepository evaluations;

	private final ContractorRepository contractors;

	private final MonthEnd monthEnd;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Evaluations(EvaluationRepository evaluations, ContractorRepository contractors, MonthEnd monthEnd,
			CommunityScope scope, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.evaluations = evaluations;
		this.contractors = contractors;
		this.monthEnd = monthEnd;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The period of a month in the community (26th to 25th unless its end day is set; a
	 * month already evaluated keeps its period).
	 */
	@Transactional(readOnly = true)
	public EvaluationPeriod period(long communityId, YearMonth month) {
		return monthEnd.periods(List.of(communityId), month).get(communityId);
	}

	/**
	 * Computes a contractor's month: revision 1 the first time, the draft again while it
	 * is one; a signed month is refused (revise it instead).
	 */
	public EvaluationView compute(long contractorId, YearMonth month) {
		scope.require(Permission.INSPECTION_SUPERVISE);
		ContractorView contractor = contractors.find(scope.allowedIds(), contractorId)
			.orElseThrow(() -> new NotFoundException("contractor", contractorId));
		MonthEnd.Outcome run = monthEnd.run(List.of(contractor.communityId()), contractorId, month, scope.actor());
		if (!run.signed().isEmpty()) {
			throw new RuleViolationException("inspection.evaluation.signedUseRevise", contractor.name(),
					run.signed().get(0).header().revision());
		}
		return view(run.computed().get(0));
	}

	/**
	 * The month-end run of a community: every active cleaning or greening contractor's
	 * month computed at once (set-based, see {@link MonthEnd}); a month already signed is
	 * left as it was and listed as it is.
	 */
	public List<EvaluationView> computeAll(long communityId, YearMonth month) {
		scope.require(Permission.INSPECTION_SUPERVISE);
		scope.require(communityId);
		return summaries(monthEnd.run(List.of(communityId), null, month, scope.actor()));
	}

	/** The month-end run of every community the caller works for, at once. */
	public List<EvaluationView> computeMonth(YearMonth month) {
		scope.require(Permission.INSPECTION_SUPERVISE);
		return summaries(monthEnd.run(scope.allowedIds(), null, month, scope.actor()));
	}

	private List<EvaluationView> summaries(MonthEnd.Outcome run) {
		List<EvaluationView> views = new ArrayList<>();
		run.computed().forEach(e -> views.add(summary(e)));
		run.signed().forEach(e -> views.add(summary(e)));
		return views;
	}

	/** The customer-service manager signs the evaluation shown at {@code version}. */
	public EvaluationView sign(long evaluationId, int version) {
		scope.require(Permission.INSPECTION_SIGN);
		Evaluation e = load(evaluationId);
		if (e.version() != version) {
			throw new ConflictException("error.staleVersion");
		}
		e.sign(clock.instant(), scope.actor(), scope.staffId() == 0 ? null : scope.staffId());
		evaluations.save(e);
		audit.record(e.communityId(), "inspection_evaluation", e.id(), "sign", e.score().toPlainString());
		e.takeEvents().forEach(events::publishEvent);
		return view(e);
	}

	/** A correction of a signed evaluation: a new draft revision with the reason. */
	public EvaluationView revise(long evaluationId, @Nullable String reason) {
		scope.require(Permission.INSPECTION_SUPERVISE);
		Evaluation signed = load(evaluationId);
		Evaluation latest = evaluations
			.latest(signed.communityId(), signed.header().contractorId(), signed.header().period())
			.orElseThrow();
		if (latest.id() != signed.id()) {
			throw new RuleViolationException("inspection.evaluation.notLatest", latest.header().revision());
		}
		// The correction is of the records; the rule stays the one the month was signed
		// with.
		EvaluationSubject subject = monthEnd
			.subject(signed.communityId(), signed.header().contractorId(), signed.header().period())
			.withRule(signed.figures().rule());
		Evaluation revision = signed.revise(evaluations.nextIds(1).get(0), reason == null ? "" : reason,
				monthEnd.figures(subject), clock.instant(), scope.actor());
		evaluations.write(List.of(revision), List.of());
		audit.record(signed.communityId(), "inspection_evaluation", revision.id(), "revise", reason);
		return view(revision);
	}

	/** An evaluation the caller may see, with its lines, or 404. */
	@Transactional(readOnly = true)
	public EvaluationView get(long evaluationId) {
		scope.require(Permission.INSPECTION_READ);
		return view(evaluations.load(scope.allowedIds(), evaluationId, false)
			.orElseThrow(() -> new NotFoundException("evaluation", evaluationId)));
	}

	/** The community's evaluations, newest period first (lines left out). */
	@Transactional(readOnly = true)
	public List<EvaluationView> list(long communityId) {
		scope.require(Permission.INSPECTION_READ);
		scope.require(communityId);
		return evaluations.list(communityId, 200).stream().map(e -> summary(e)).toList();
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(long evaluationId) {
		EvaluationView e = get(evaluationId);
		return evaluations.history(e.communityId(), evaluationId);
	}

	private Evaluation load(long evaluationId) {
		return evaluations.load(scope.allowedIds(), evaluationId, true)
			.orElseThrow(() -> new NotFoundException("evaluation", evaluationId));
	}

	/** The evaluation as saved (its version now), with its lines. */
	private EvaluationView view(Evaluation e) {
		Evaluation saved = evaluations.load(List.of(e.communityId()), e.id(), false).orElseThrow();
		return view(saved, evaluations.lines(e.communityId(), e.id()));
	}

	private EvaluationView summary(Evaluation e) {
		return view(e, List.of());
	}

	private EvaluationView view(Evaluation e, List<EvaluationLine> lines) {
		Evaluation.Header h = e.header();
		List<EvaluationStep> steps = e.possibleSteps().stream().filter(s -> switch (s) {
			case SIGN -> scope.has(Permission.INSPECTION_SIGN);
			case RECOMPUTE, REVISE -> scope.has(Permission.INSPECTION_SUPERVISE);
		}).toList();
		return new EvaluationView(h.id(), h.communityId(), h.contractorId(), h.contractorName(), h.trade(),
				h.period().month(), h.period().start(), h.period().end(), h.revision(), e.status(), e.figures().rule(),
				e.figures().deductions().size(), e.figures().overdueItems(), e.deducted(), e.score(),
				e.figures().monthlyFee(), h.reason(), e.computedAt(), e.computedBy(), e.signedAt(), e.signedBy(),
				e.version(), steps, lines);
	}

}
